package id.sigap.cases;

import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Channel;
import id.sigap.procedure.Decision;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CaseCreated;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs every action on a case the same way: in one transaction, with the case row locked so that
 * concurrent actions on one case queue up, the procedure decides, and an accepted action changes
 * the case and appends its event together.
 */
@ApplicationScoped
public class CaseService {

  private final Timeline timeline;
  private final EventCodec codec;
  private final PolicyRevisions policies;
  private final Clock clock;
  private final Pool pool;
  private final List<CaseEventListener> listeners;

  CaseService(
      Timeline timeline,
      EventCodec codec,
      PolicyRevisions policies,
      Clock clock,
      Pool pool,
      @Any Instance<CaseEventListener> listeners) {
    this.timeline = timeline;
    this.codec = codec;
    this.pool = pool;
    this.policies = policies;
    this.clock = clock;
    this.listeners = listeners.stream().toList();
  }

  /** What an accepted action left behind. */
  public record Acted(CaseEntity caseEntity, CaseEventEntity event) {}

  public record NewCase(
      Channel channel, String customerName, String customerPhone, String summary) {}

  public Uni<CaseEntity> create(Actor agent, NewCase request) {
    CaseEntity c = newCase(agent, request);
    return c.<CaseEntity>persist().call(() -> timeline.append(c.id, creation(c, agent)));
  }

  /**
   * Intake's hot path, without a Hibernate session: the case and its CASE_CREATED event in one
   * statement (one round trip, atomic as every statement is), answered from what was written
   * instead of read back. Same rows as {@link #create}.
   */
  public Uni<CaseView> createAtOnce(Actor agent, NewCase request) {
    CaseEntity c = newCase(agent, request);
    CaseEvent created = creation(c, agent);
    OffsetDateTime at = c.createdAt.atOffset(ZoneOffset.UTC);
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
                  at,
                  c.policyRevision,
                  created.type().name(),
                  codec.detailsText(created)
                }))
        .map(
            rows ->
                CaseView.of(
                    c,
                    agent,
                    List.of(
                        new TimelineEventView(
                            rows.iterator().next().getLong("id"),
                            c.id.toString(),
                            created.type().name(),
                            created.at(),
                            created.actor(),
                            codec.detailsMap(created)))));
  }

  // the event's foreign key is checked at the end of the statement, when the case row is there
  private static final String INSERT_CASE_WITH_ITS_CREATION =
      """
      with new_case as (
        insert into hard_complaint_case (id, channel, status, hard_complaint, customer_name,
          customer_phone, summary, cluster_id, created_by, created_at, policy_revision)
        values ($1, $2, $3, false, $4, $5, $6, $7, $8, $9, $10)
        returning id)
      insert into case_event (case_id, type, at, actor, details)
      select id, $11, $9, $8, $12 from new_case
      returning id""";

  private CaseEntity newCase(Actor agent, NewCase request) {
    CaseEntity c = new CaseEntity();
    c.id = UUID.randomUUID();
    c.channel = request.channel();
    c.status = CaseStatus.OPEN;
    c.customerName = request.customerName();
    c.customerPhone = request.customerPhone();
    c.summary = request.summary();
    c.clusterId = agent.clusterId();
    c.createdBy = agent.username();
    c.createdAt = clock.instant();
    c.criteria = EnumSet.noneOf(InboundCriterion.class);
    c.policyRevision = policies.active().revision();
    return c;
  }

  private static CaseEvent creation(CaseEntity c, Actor agent) {
    return new CaseCreated(
        agent.username(), c.createdAt, c.channel.name(), c.clusterId, c.policyRevision, null);
  }

  /**
   * A TelkomCare thread's case, opened by the integrator that delivered its first message; the
   * customer is known by name or handle, not by phone.
   */
  public Uni<CaseEntity> createThread(
      Actor integrator,
      Channel channel,
      String authorKey,
      String customerName,
      String summary,
      String clusterId) {
    CaseEntity c = new CaseEntity();
    c.id = UUID.randomUUID();
    c.channel = channel;
    c.status = CaseStatus.OPEN;
    c.customerName = customerName;
    c.authorHandle = authorKey;
    c.summary = summary;
    c.clusterId = clusterId;
    c.createdBy = integrator.username();
    c.createdAt = clock.instant();
    c.criteria = EnumSet.noneOf(InboundCriterion.class);
    c.policyRevision = policies.active().revision();
    return c.<CaseEntity>persist()
        .call(Panache::flush)
        .call(
            () ->
                timeline.append(
                    c.id,
                    new CaseCreated(
                        integrator.username(),
                        c.createdAt,
                        c.channel.name(),
                        c.clusterId,
                        c.policyRevision,
                        authorKey)));
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
        .call(c -> c == null ? Uni.createFrom().voidItem() : loadLatestEscalation(c));
  }

  /** The case as the actor may see it; 404 when it does not exist or is not theirs to see. */
  public Uni<CaseEntity> visible(Actor actor, String caseId) {
    return CaseEntity.<CaseEntity>findById(parseId(caseId))
        .map(c -> requireVisible(actor, caseId, c))
        .call(this::loadLatestEscalation);
  }

  public Uni<CaseView> view(Actor actor, CaseEntity c) {
    return timeline.of(c.id).map(events -> CaseView.of(c, actor, events));
  }

  public Uni<List<CaseSummary>> list(Actor actor, CaseStatus status, int page, int size) {
    CaseAccess.Filter filter = CaseAccess.filterFor(actor);
    Parameters params = new Parameters();
    StringBuilder query = new StringBuilder(filter.condition());
    if (filter.who() != null) {
      params.and("who", filter.who());
    }
    if (status != null) {
      query.append(" and status = :status");
      params.and("status", status);
    }
    query.append(" order by createdAt desc");
    return CaseEntity.<CaseEntity>find(query.toString(), params)
        .page(page, size)
        .list()
        .map(cases -> cases.stream().map(CaseSummary::of).toList());
  }

  /**
   * Locks the case, lets the procedure decide, and applies and records the accepted event. The
   * caller runs this inside a transaction.
   */
  public Uni<Acted> act(Actor actor, String caseId, Function<CaseEntity, Decision> decide) {
    return CaseEntity.<CaseEntity>findById(parseId(caseId), LockModeType.PESSIMISTIC_WRITE)
        .map(c -> requireVisible(actor, caseId, c))
        .call(this::loadLatestEscalation)
        .chain(c -> record(c, decide.apply(c)))
        .call(Panache::flush);
  }

  /**
   * Records a decision on a case the caller has locked and loaded with its latest hand, inside the
   * caller's transaction.
   */
  public Uni<Acted> record(CaseEntity c, Decision decision) {
    if (decision instanceof Decision.Refused refused) {
      return Uni.createFrom().failure(new RejectedException(refused.rejection()));
    }
    CaseEvent event = ((Decision.Accepted) decision).event();
    EscalationEntity raised = CaseEvolution.apply(c, event);
    Uni<Void> persistHand =
        raised == null ? Uni.createFrom().voidItem() : raised.persist().replaceWithVoid();
    return persistHand
        .chain(() -> timeline.append(c.id, event))
        .call(row -> notifyListeners(c, event))
        .map(row -> new Acted(c, row));
  }

  private Uni<Void> notifyListeners(CaseEntity c, CaseEvent event) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (CaseEventListener listener : listeners) {
      chain = chain.chain(() -> listener.recorded(c, event));
    }
    return chain;
  }

  public Instant now() {
    return clock.instant();
  }

  /** The policy revision the case started under (SPEC section 2). */
  public Policy policyOf(CaseEntity c) {
    return policies.of(c.policyRevision);
  }

  private Uni<CaseEntity> loadLatestEscalation(CaseEntity c) {
    return EscalationEntity.<EscalationEntity>find("caseId = ?1 order by raisedAt desc", c.id)
        .firstResult()
        .invoke(e -> c.latestEscalation = e)
        .replaceWith(c);
  }

  private static CaseEntity requireVisible(Actor actor, String caseId, CaseEntity c) {
    if (c == null || !CaseAccess.canSee(actor, c)) {
      throw new NotFoundProblem("Case", caseId);
    }
    return c;
  }

  static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundProblem("Case", id);
    }
  }
}
