package id.sigap.cases;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Channel;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one owner of {@code hard_complaint_case} and {@code escalation}: every query of a case and
 * its raised hands is here. Methods run in the caller's session (and transaction).
 */
@ApplicationScoped
public class CaseRepository {

  /**
   * R-C-8: the customer a contact names, created on first contact, as common table expressions for
   * the intake statements. The first identifier (a service number, a TelkomCare handle) wins over
   * the second (a phone number) when they name two customers; an identifier not yet known is added
   * to the customer. When two first contacts race, the identifier's upsert answers the winner's
   * customer, which the contact then belongs to. {@code repeated} is the customer's case (over
   * every customer merged into theirs) that closed last within the repeat window.
   */
  private static final String CUSTOMER_OF_CONTACT =
      """
      known as (
        select i.customer_id as id, c.root_id from customer_identifier i
          join customer c on c.id = i.customer_id
        where (i.kind, i.platform, i.value) in (({k1}::text, {p1}::text, {v1}::text),
                                                ({k2}::text, {p2}::text, {v2}::text))
        order by (i.kind = {k1}::text and i.platform = {p1}::text and i.value = {v1}::text) desc
        limit 1),
      fresh as (
        insert into customer (id, name, created_at, root_id)
        select {new}::uuid, {name}::text, {at}::timestamptz, {new}::uuid
        where not exists (select 1 from known)
        returning id, root_id),
      owner as (select id, root_id from known union all select id, root_id from fresh),
      learned as (
        insert into customer_identifier (kind, platform, value, customer_id, added_at)
        select v.kind, v.platform, v.value, (select id from owner), {at}::timestamptz
        from (values ({k1}::text, {p1}::text, {v1}::text), ({k2}::text, {p2}::text, {v2}::text))
          v (kind, platform, value)
        where v.value is not null and not exists (select 1 from customer_identifier i
          where i.kind = v.kind and i.platform = v.platform and i.value = v.value)
        on conflict (kind, platform, value)
          do update set customer_id = customer_identifier.customer_id
        returning kind, platform, value, customer_id),
      customer_of_contact as (
        select coalesce(
          (select customer_id from learned where customer_id <> (select id from owner)
           order by (kind = {k1}::text and platform = {p1}::text and value = {v1}::text) desc
           limit 1),
          (select id from owner)) as id),
      renamed as (
        update customer set name = {name}::text
        where id = (select id from known) and {name}::text is not null
          and name is distinct from {name}::text),
      repeated as (
        select k.id from hard_complaint_case k join customer m on m.id = k.customer_id
        where m.root_id = (select root_id from owner) and k.status = 'CLOSED'
          and k.closed_at >= {at}::timestamptz - {window}::text::interval
        order by k.closed_at desc limit 1)""";

  // the event's foreign key is checked at the end of the statement, when the case row is there
  private static final String INSERT_CASE_WITH_ITS_CREATION =
      "with "
          + placeholders(
              CUSTOMER_OF_CONTACT,
              Map.of(
                  "name", 4, "at", 9, "window", 15, "new", 17, "k1", 18, "p1", 19, "v1", 20, "k2",
                  21, "p2", 22, "v2", 23))
          + """
          ,
          new_case as (
            insert into hard_complaint_case (id, channel, status, hard_complaint, customer_name,
              customer_phone, summary, cluster_id, created_by, created_at, policy_revision,
              customer_phone_digits, ticket_number, repeat_of, customer_service_number,
              customer_id)
            values ($1, $2, $3, false, $4, $5, $6, $7, $8, $9, $10, $13, $14,
              (select id from repeated), $16, (select id from customer_of_contact))
            returning id, repeat_of, customer_id)
          insert into case_event (case_id, type, at, actor, details)
          select id, $11, $9, $8, $12 from new_case
          returning id, (select repeat_of from new_case) as repeat_of,
            (select customer_id from new_case) as customer_id""";

  private static final String RESOLVE_CUSTOMER =
      "with "
          + placeholders(
              CUSTOMER_OF_CONTACT,
              Map.of(
                  "name", 1, "at", 2, "window", 3, "new", 4, "k1", 5, "p1", 6, "v1", 7, "k2", 8,
                  "p2", 9, "v2", 10))
          + """

          select (select id from customer_of_contact) as customer_id,
            (select id from repeated) as repeat_of""";

  private static String placeholders(String sql, Map<String, Integer> numbers) {
    String numbered = sql;
    for (var entry : numbers.entrySet()) {
      numbered = numbered.replace("{" + entry.getKey() + "}", "$" + entry.getValue());
    }
    return numbered;
  }

  /** R-C-8: how a contact names its customer: up to two identifiers, the first preferred. */
  public record Contact(String name, Identifier first, Identifier second) {

    /** An identifier of a customer: its kind, platform ("" for none) and canonical value. */
    public record Identifier(String kind, String platform, String value) {
      static final Identifier NONE = new Identifier(null, null, null);
    }

    static Identifier phone(String digits) {
      return digits == null ? Identifier.NONE : new Identifier("PHONE", "", digits);
    }

    static Identifier serviceNumber(String digits) {
      return digits == null ? Identifier.NONE : new Identifier("SERVICE_NUMBER", "", digits);
    }

    Object[] parameters() {
      Identifier one = first == null ? Identifier.NONE : first;
      Identifier two = second == null ? Identifier.NONE : second;
      return new Object[] {
        one.kind(), one.platform(), one.value(), two.kind(), two.platform(), two.value()
      };
    }
  }

  /** The customer a contact belongs to, and their case it repeats (or null). */
  public record CustomerOfContact(UUID customerId, UUID repeatOf) {}

  private final Pool pool;

  CaseRepository(@StatementPool Pool pool) {
    this.pool = pool;
  }

  public Uni<CaseEntity> persist(CaseEntity c) {
    return c.persist();
  }

  public Uni<Void> persist(EscalationEntity hand) {
    return hand.persist().replaceWithVoid();
  }

  public Uni<Void> flush() {
    return Panache.flush();
  }

  /**
   * A new case and its creation event in one statement, without a Hibernate session (one round
   * trip, atomic as every statement is); answers the event's id.
   */
  public Uni<Long> insertWithCreation(
      CaseEntity c,
      String eventType,
      String actor,
      String eventDetails,
      java.time.Duration repeatWindow) {
    Object[] customer = intakeContact(c).parameters();
    return pool.preparedQuery(INSERT_CASE_WITH_ITS_CREATION)
        .execute(
            Tuple.from(
                new Object[] {
                  c.id,
                  c.channel.name(),
                  c.status.name(),
                  c.customerName,
                  c.customerPhone,
                  c.summary,
                  c.clusterId,
                  c.createdBy,
                  c.createdAt.atOffset(ZoneOffset.UTC),
                  c.policyRevision,
                  eventType,
                  eventDetails,
                  c.customerPhoneDigits,
                  c.ticketNumber,
                  repeatWindow.toString(),
                  c.customerServiceNumber,
                  UUID.randomUUID(),
                  customer[0],
                  customer[1],
                  customer[2],
                  customer[3],
                  customer[4],
                  customer[5]
                }))
        .map(
            rows -> {
              var row = rows.iterator().next();
              c.repeatOf = row.getUUID("repeat_of");
              c.customerId = row.getUUID("customer_id");
              return row.getLong("id");
            });
  }

  /** R-C-8: a voice contact names its customer by service number first, then phone number. */
  static Contact intakeContact(CaseEntity c) {
    return new Contact(
        c.customerName,
        Contact.serviceNumber(c.customerServiceNumber),
        Contact.phone(c.customerPhoneDigits));
  }

  /**
   * R-C-8: the customer of a contact, created on first contact, and their case the contact repeats,
   * in one statement of its own (committed at once: a customer is known from first contact on,
   * whatever becomes of the contact). Runs outside any Hibernate session, so call it before one
   * holds a connection.
   */
  public Uni<CustomerOfContact> customerOf(
      Contact contact, java.time.Instant at, java.time.Duration repeatWindow) {
    Object[] identifiers = contact.parameters();
    return pool.preparedQuery(RESOLVE_CUSTOMER)
        .execute(
            Tuple.from(
                new Object[] {
                  contact.name(),
                  at.atOffset(ZoneOffset.UTC),
                  repeatWindow.toString(),
                  UUID.randomUUID(),
                  identifiers[0],
                  identifiers[1],
                  identifiers[2],
                  identifiers[3],
                  identifiers[4],
                  identifiers[5]
                }))
        .map(
            rows -> {
              var row = rows.iterator().next();
              return new CustomerOfContact(row.getUUID("customer_id"), row.getUUID("repeat_of"));
            });
  }

  public Uni<CaseEntity> find(UUID id) {
    return CaseEntity.<CaseEntity>findById(id).call(this::loadLatestHand);
  }

  /** The case locked for an action, so that concurrent actions on one case queue up. */
  public Uni<CaseEntity> lock(UUID id) {
    return CaseEntity.<CaseEntity>findById(id, LockModeType.PESSIMISTIC_WRITE)
        .call(this::loadLatestHand);
  }

  /**
   * The author's open TelkomCare case on a channel and platform, locked and loaded with its hand;
   * or null.
   */
  public Uni<CaseEntity> lockOpenThread(Channel channel, String platform, String authorKey) {
    return CaseEntity.<CaseEntity>find(
            "channel = ?1 and platform = ?2 and lower(authorHandle) = lower(?3) and status <> ?4",
            channel,
            platform,
            authorKey,
            CaseStatus.CLOSED)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult()
        .call(this::loadLatestHand);
  }

  /**
   * The cases of the ids that no other transaction holds, locked and loaded with their latest
   * hands, for firing their duties; a case held elsewhere is busy with an action and left for
   * later. The cases come read-only: the events a duty fires change no column of their case (only a
   * re-route changes its hand, which stays writable), so Hibernate keeps no copy of each case to
   * compare at the flush.
   */
  public Uni<Map<UUID, CaseEntity>> lockFree(List<UUID> ids) {
    // one text array, cast by the statement: a list would make a statement text of its own for each
    // batch size, parsed and planned again, with a parameter per id
    String[] idArray = ids.stream().map(UUID::toString).toArray(String[]::new);
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select * from hard_complaint_case"
                            + " where id = any(cast(cast(:ids as text[]) as uuid[]))"
                            + " for update skip locked",
                        CaseEntity.class)
                    .setParameter("ids", idArray)
                    .setReadOnly(true)
                    .getResultList()
                    .chain(
                        cases ->
                            session
                                .createNativeQuery(
                                    "select distinct on (case_id) * from escalation"
                                        + " where case_id = any(cast(cast(:ids as text[]) as uuid[]))"
                                        + " order by case_id, raised_at desc",
                                    EscalationEntity.class)
                                .setParameter("ids", idArray)
                                .getResultList()
                                .map(
                                    hands -> {
                                      Map<UUID, EscalationEntity> latest =
                                          hands.stream()
                                              .collect(Collectors.toMap(e -> e.caseId, e -> e));
                                      cases.forEach(c -> c.latestEscalation = latest.get(c.id));
                                      return cases.stream()
                                          .collect(Collectors.toMap(c -> c.id, c -> c));
                                    })));
  }

  /** A page of the cases matching the access filter, newest first. */
  public Uni<List<CaseEntity>> page(
      CaseAccess.Filter filter, CaseStatus status, String ticketNumber, int page, int size) {
    Parameters params = new Parameters();
    StringBuilder query = new StringBuilder(filter.condition());
    if (filter.who() != null) {
      params.and("who", filter.who());
    }
    if (status != null) {
      query.append(" and status = :status");
      params.and("status", status);
    }
    if (ticketNumber != null) {
      query.append(" and ticketNumber = :ticket");
      params.and("ticket", ticketNumber);
    }
    query.append(" order by createdAt desc");
    return CaseEntity.<CaseEntity>find(query.toString(), params).page(page, size).list();
  }

  public Uni<EscalationEntity> hand(UUID escalationId) {
    return EscalationEntity.findById(escalationId);
  }

  private Uni<CaseEntity> loadLatestHand(CaseEntity c) {
    if (c == null) {
      return Uni.createFrom().nullItem();
    }
    return EscalationEntity.<EscalationEntity>find("caseId = ?1 order by raisedAt desc", c.id)
        .firstResult()
        .invoke(e -> c.latestEscalation = e)
        .replaceWith(c);
  }

  /** R-F-4: the case whose handover of this id waits for an answer; or null. */
  public Uni<CaseEntity> findByPendingHandover(UUID handoverId) {
    return CaseEntity.<CaseEntity>find("pendingHandoverId", handoverId).firstResult();
  }

  /**
   * R-F-4: the cases with a handover waiting, oldest asked first; only those asked of or by {@code
   * tl} when one is given.
   */
  public Uni<List<CaseEntity>> withPendingHandover(String tl, int max) {
    return tl == null
        ? CaseEntity.<CaseEntity>find(
                "pendingHandoverId is not null order by pendingHandoverAt, id")
            .page(0, max)
            .list()
        : CaseEntity.<CaseEntity>find(
                "pendingHandoverId is not null and (pendingHandoverTo = ?1 or handlingTl = ?1)"
                    + " order by pendingHandoverAt, id",
                tl)
            .page(0, max)
            .list();
  }

  /** R-C-8: every case of these customers (one and those merged into it), newest first. */
  public Uni<List<CaseEntity>> ofCustomers(List<UUID> customerIds, int max) {
    return CaseEntity.<CaseEntity>find("customerId in ?1 order by createdAt desc, id", customerIds)
        .page(0, max)
        .list();
  }

  /** R-C-9: a TelkomCare agent's load: open threads, and when they last were given one. */
  public record ThreadLoad(String agent, int openThreads, java.time.Instant lastAssignedAt) {}

  /** R-C-9: the load of each of these agents that holds a TelkomCare thread at all. */
  public Uni<List<ThreadLoad>> threadLoads(List<String> agents) {
    if (agents.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createSelectionQuery(
                        "select c.createdBy, sum(case when c.status <> :closed then 1 else 0 end),"
                            + " max(c.createdAt) from CaseEntity c"
                            + " where c.channel <> :voice and c.createdBy in :agents"
                            + " group by c.createdBy",
                        Object[].class)
                    .setParameter("closed", CaseStatus.CLOSED)
                    .setParameter("voice", Channel.INBOUND_VOICE)
                    .setParameter("agents", agents)
                    .getResultList())
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new ThreadLoad(
                                (String) r[0],
                                ((Number) r[1]).intValue(),
                                (java.time.Instant) r[2]))
                    .toList());
  }
}
