package id.sigap.cases;

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

  // the event's foreign key is checked at the end of the statement, when the case row is there
  private static final String INSERT_CASE_WITH_ITS_CREATION =
      """
      with repeated as (
        select id from hard_complaint_case
        where customer_phone_digits = $13 and status = 'CLOSED'
          and closed_at >= $9::timestamptz - $15::text::interval
        order by closed_at desc limit 1),
      new_case as (
        insert into hard_complaint_case (id, channel, status, hard_complaint, customer_name,
          customer_phone, summary, cluster_id, created_by, created_at, policy_revision,
          customer_phone_digits, ticket_number, repeat_of)
        values ($1, $2, $3, false, $4, $5, $6, $7, $8, $9, $10, $13, $14,
          (select id from repeated))
        returning id, repeat_of)
      insert into case_event (case_id, type, at, actor, details)
      select id, $11, $9, $8, $12 from new_case
      returning id, (select repeat_of from new_case) as repeat_of""";

  private final Pool pool;

  CaseRepository(Pool pool) {
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
                  repeatWindow.toString()
                }))
        .map(
            rows -> {
              var row = rows.iterator().next();
              c.repeatOf = row.getUUID("repeat_of");
              return row.getLong("id");
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

  /** The author's open TelkomCare case on a channel, locked and loaded with its hand; or null. */
  public Uni<CaseEntity> lockOpenThread(Channel channel, String authorKey) {
    return CaseEntity.<CaseEntity>find(
            "channel = ?1 and lower(authorHandle) = lower(?2) and status <> ?3",
            channel,
            authorKey,
            CaseStatus.CLOSED)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult()
        .call(this::loadLatestHand);
  }

  /**
   * The cases of the ids that no other transaction holds, locked and loaded with their latest
   * hands; a case held elsewhere is busy with an action and left for later.
   */
  public Uni<Map<UUID, CaseEntity>> lockFree(List<UUID> ids) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select * from hard_complaint_case where id in (:ids)"
                            + " for update skip locked",
                        CaseEntity.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .chain(
                        cases ->
                            session
                                .createNativeQuery(
                                    "select distinct on (case_id) * from escalation"
                                        + " where case_id in (:ids)"
                                        + " order by case_id, raised_at desc",
                                    EscalationEntity.class)
                                .setParameter("ids", ids)
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

  /** R-C-8: the customer's case that closed last, at or after {@code since}; or null. */
  public Uni<UUID> closedSince(String phoneDigits, java.time.Instant since) {
    if (phoneDigits == null) {
      return Uni.createFrom().nullItem();
    }
    return CaseEntity.<CaseEntity>find(
            "customerPhoneDigits = ?1 and status = ?2 and closedAt >= ?3 order by closedAt desc",
            phoneDigits,
            CaseStatus.CLOSED,
            since)
        .firstResult()
        .map(c -> c == null ? null : c.id);
  }

  /** R-C-8: every case of the customer's number, newest first, at most {@code max}. */
  public Uni<List<CaseEntity>> ofCustomer(String phoneDigits, int max) {
    return CaseEntity.<CaseEntity>find(
            "customerPhoneDigits = ?1 order by createdAt desc, id", phoneDigits)
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
