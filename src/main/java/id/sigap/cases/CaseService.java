package id.sigap.cases;

import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import id.sigap.procedure.Actor;
import id.sigap.procedure.CallReference;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Channel;
import id.sigap.procedure.Decision;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.PhoneNumbers;
import id.sigap.procedure.Role;
import id.sigap.procedure.ServiceNumbers;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CaseCreated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
  private final CaseRepository cases;
  private final List<CaseEventListener> listeners;
  private final RecordingConfig recordingLinks;

  CaseService(
      Timeline timeline,
      EventCodec codec,
      PolicyRevisions policies,
      Clock clock,
      CaseRepository cases,
      @Any Instance<CaseEventListener> listeners,
      RecordingConfig recordingLinks) {
    this.recordingLinks = recordingLinks;
    this.timeline = timeline;
    this.codec = codec;
    this.cases = cases;
    this.policies = policies;
    this.clock = clock;
    this.listeners = listeners.stream().toList();
  }

  /** What an accepted action left behind. */
  public record Acted(CaseEntity caseEntity, CaseEventEntity event) {}

  /**
   * A complaint to take in; the telephony's ids of the call and its recording, and the complaint
   * application's ticket number, when an integrator knows them (R-I-1).
   */
  public record NewCase(
      Channel channel,
      String customerName,
      String customerPhone,
      String summary,
      CallReference call,
      String ticketNumber,
      String serviceNumber) {

    public NewCase(Channel channel, String customerName, String customerPhone, String summary) {
      this(channel, customerName, customerPhone, summary, CallReference.NONE, null, null);
    }
  }

  /** A case about to be taken in, with the customer it names already known (R-C-8). */
  public record Prepared(CaseEntity caseEntity, CallReference call) {}

  /**
   * R-C-8: the case's customer, found or created by its own statement before the caller opens a
   * session, so that a session never waits for a second connection.
   */
  public Uni<Prepared> prepare(Actor agent, NewCase request) {
    CaseEntity c = newCase(agent, request);
    return cases
        .customerOf(CaseRepository.intakeContact(c), c.createdAt, policyOf(c).repeatWindow())
        .map(
            customer -> {
              c.customerId = customer.customerId();
              c.repeatOf = customer.repeatOf();
              return new Prepared(c, request.call());
            });
  }

  /** Persists a prepared case and its creation event in the caller's transaction. */
  public Uni<CaseEntity> create(Actor agent, Prepared prepared) {
    CaseEntity c = prepared.caseEntity();
    return cases.persist(c).call(() -> timeline.append(c.id, creation(c, agent, prepared.call())));
  }

  /**
   * Intake's hot path, without a Hibernate session: the case and its CASE_CREATED event in one
   * statement (one round trip, atomic as every statement is), answered from what was written
   * instead of read back. Same rows as {@link #create}.
   */
  public Uni<CaseView> createAtOnce(Actor agent, NewCase request) {
    CaseEntity c = newCase(agent, request);
    CaseEvent created = creation(c, agent, request.call());
    return cases
        .insertWithCreation(
            c,
            created.type().name(),
            created.actor(),
            codec.detailsText(created),
            policyOf(c).repeatWindow())
        .map(
            eventId ->
                CaseView.of(
                    c,
                    agent,
                    List.of(
                        new TimelineEventView(
                            eventId,
                            c.id.toString(),
                            created.type().name(),
                            created.at(),
                            created.actor(),
                            codec.detailsMap(created))),
                    policyOf(c).callbackAttempts(),
                    recordingLinks));
  }

  private CaseEntity newCase(Actor agent, NewCase request) {
    CaseEntity c = new CaseEntity();
    c.id = UUID.randomUUID();
    c.channel = request.channel();
    c.status = CaseStatus.OPEN;
    c.customerName = request.customerName();
    c.customerPhone = request.customerPhone();
    c.customerPhoneDigits = PhoneNumbers.canonical(request.customerPhone());
    c.customerServiceNumber = ServiceNumbers.canonical(request.serviceNumber());
    c.summary = request.summary();
    c.ticketNumber = request.ticketNumber();
    c.clusterId = agent.clusterId();
    c.createdBy = agent.username();
    c.createdAt = clock.instant();
    c.criteria = EnumSet.noneOf(InboundCriterion.class);
    c.policyRevision = policies.active().revision();
    return c;
  }

  private static CaseEvent creation(CaseEntity c, Actor agent, CallReference call) {
    return new CaseCreated(
        agent.username(),
        c.createdAt,
        c.channel.name(),
        c.clusterId,
        c.policyRevision,
        null,
        agent.recordedBy(),
        call.callId(),
        call.recordingId(),
        c.ticketNumber);
  }

  /**
   * A TelkomCare thread's case, opened by the integrator that delivered its first message; the
   * customer is known by name or handle, not by phone.
   */
  public Uni<CaseEntity> createThread(
      Actor integrator,
      Channel channel,
      String platform,
      String authorKey,
      String customerName,
      String summary,
      String clusterId,
      UUID customerId) {
    CaseEntity c = new CaseEntity();
    c.id = UUID.randomUUID();
    c.channel = channel;
    c.platform = platform;
    c.status = CaseStatus.OPEN;
    c.customerName = customerName;
    c.authorHandle = authorKey;
    c.customerId = customerId;
    c.summary = summary;
    c.clusterId = clusterId;
    c.createdBy = integrator.username();
    c.createdAt = clock.instant();
    c.criteria = EnumSet.noneOf(InboundCriterion.class);
    c.policyRevision = policies.active().revision();
    return cases
        .persist(c)
        .call(cases::flush)
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
                        authorKey,
                        null,
                        null,
                        null,
                        null)));
  }

  /**
   * R-C-8: the customer a TelkomCare author is, found or created by its own statement: call it
   * before the thread's session holds a connection. An author's key with an @ on the e-mail channel
   * is an e-mail address, whatever the platform; any other is a handle on the platform.
   */
  public Uni<UUID> customerOfAuthor(
      Channel channel, String platform, String authorKey, String name) {
    String key = authorKey.strip().toLowerCase(java.util.Locale.ROOT);
    var identifier =
        key.contains("@") && channel == Channel.TELKOMCARE_EMAIL
            ? new CaseRepository.Contact.Identifier("EMAIL", "", key)
            : new CaseRepository.Contact.Identifier("HANDLE", platform, key);
    return cases
        .customerOf(
            new CaseRepository.Contact(name, identifier, null),
            clock.instant(),
            policies.active().repeatWindow())
        .map(CaseRepository.CustomerOfContact::customerId);
  }

  /** R-C-9: the TelkomCare threads these agents hold, for choosing whom the next one goes to. */
  public Uni<List<CaseRepository.ThreadLoad>> threadLoads(List<String> agents) {
    return cases.threadLoads(agents);
  }

  /**
   * The author's open TelkomCare case on a channel and platform, locked and loaded with its hand;
   * or null.
   */
  public Uni<CaseEntity> lockOpenThread(Channel channel, String platform, String authorKey) {
    return cases.lockOpenThread(channel, platform, authorKey);
  }

  /** The case as the actor may see it; 404 when it does not exist or is not theirs to see. */
  public Uni<CaseEntity> visible(Actor actor, String caseId) {
    return cases.find(parseId(caseId)).map(c -> requireVisible(actor, caseId, c));
  }

  public Uni<CaseView> view(Actor actor, CaseEntity c) {
    return timeline
        .of(c.id)
        .map(
            events ->
                CaseView.of(c, actor, events, policyOf(c).callbackAttempts(), recordingLinks));
  }

  public Uni<List<CaseSummary>> list(
      Actor actor, CaseStatus status, String ticketNumber, int page, int size) {
    return cases
        .page(CaseAccess.filterFor(actor), status, ticketNumber, page, size)
        .map(found -> found.stream().map(CaseSummary::of).toList());
  }

  /**
   * Locks the case, lets the procedure decide, and applies and records the accepted event. The
   * caller runs this inside a transaction.
   */
  public Uni<Acted> act(Actor actor, String caseId, Function<CaseEntity, Decision> decide) {
    return cases
        .lock(parseId(caseId))
        .map(c -> requireVisible(actor, caseId, c))
        .chain(c -> record(c, decide.apply(c)))
        .call(cases::flush);
  }

  /**
   * R-C-5: an action by someone the case was addressed to outside what they may see (a related unit
   * answering a coordination): the case is locked first, then {@code decide} may read what it
   * needs, and the rule says who may act.
   */
  public Uni<Acted> actAddressed(UUID caseId, Function<CaseEntity, Uni<Decision>> decide) {
    return cases
        .lock(caseId)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Case", caseId.toString()))
        .chain(c -> decide.apply(c).chain(decision -> record(c, decision)))
        .call(cases::flush);
  }

  /**
   * Records a decision on a case the caller has locked and loaded with its latest hand, inside the
   * caller's transaction.
   */
  public Uni<Acted> record(CaseEntity c, Decision decision) {
    return apply(c, decision)
        .chain(
            event ->
                timeline
                    .append(c.id, event)
                    .call(row -> notifyListeners(c, event))
                    .map(row -> new Acted(c, row)));
  }

  /** A refusal fails; an accepted event changes the case, and a hand it raises is persisted. */
  private Uni<CaseEvent> apply(CaseEntity c, Decision decision) {
    if (decision instanceof Decision.Refused refused) {
      return Uni.createFrom().failure(new RejectedException(refused.rejection()));
    }
    CaseEvent event = ((Decision.Accepted) decision).event();
    EscalationEntity raised = CaseEvolution.apply(c, event);
    Uni<Void> persistHand = raised == null ? Uni.createFrom().voidItem() : cases.persist(raised);
    return persistHand.replaceWith(event);
  }

  /** A batch of decisions on cases the caller has locked, recorded in the caller's transaction. */
  public EventBatch batch() {
    return new EventBatch();
  }

  /**
   * Records decisions one after another as {@link #record} does (the case changes, its new hand is
   * persisted, the listeners react), but keeps their events to append them all in one statement
   * when {@link #write} is called: one round trip for the batch instead of one per event.
   */
  public final class EventBatch {

    private final List<Timeline.Entry> pending = new ArrayList<>();

    private EventBatch() {}

    public Uni<Void> record(CaseEntity c, Decision decision) {
      return apply(c, decision)
          .chain(
              event -> {
                pending.add(new Timeline.Entry(c.id, event));
                return notifyListeners(c, event);
              });
    }

    /** Appends the events recorded so far, in the order they were recorded. */
    public Uni<Void> write() {
      List<Timeline.Entry> entries = List.copyOf(pending);
      pending.clear();
      return timeline.appendAll(entries);
    }
  }

  private Uni<Void> notifyListeners(CaseEntity c, CaseEvent event) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (CaseEventListener listener : listeners) {
      chain = chain.chain(() -> listener.recorded(c, event));
    }
    return chain;
  }

  /** R-F-4: the case a handover was asked for on; 404 when no handover has the id. */
  public Uni<UUID> caseOfHandover(String handoverId) {
    UUID id;
    try {
      id = UUID.fromString(handoverId);
    } catch (IllegalArgumentException e) {
      return Uni.createFrom().failure(new NotFoundProblem("Handover", handoverId));
    }
    return cases
        .findByPendingHandover(id)
        .chain(
            pending ->
                pending != null
                    ? Uni.createFrom().item(pending.id)
                    : timeline.caseOfRequestedHandover(id))
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Handover", handoverId));
  }

  /**
   * R-F-4: the handovers waiting that the actor may see; a TL only those asked of or by them, at
   * most {@code max}.
   */
  public Uni<List<HandoverView>> pendingHandovers(Actor actor, int max) {
    String tl = actor.role() == Role.TEAM_LEADER ? actor.username() : null;
    return cases
        .withPendingHandover(tl, max)
        .map(
            found ->
                found.stream()
                    .filter(c -> CaseAccess.canSee(actor, c))
                    .map(HandoverView::of)
                    .toList());
  }

  /**
   * R-C-8: the cases of a customer (the customer and those merged into it), newest first, as the
   * actor may see them, and the customer's open hard complaint whoever took it in.
   */
  public Uni<CustomerView> customerCases(Actor actor, List<UUID> customerIds, int max) {
    return cases.ofCustomers(customerIds, max).map(found -> CustomerView.of(actor, found));
  }

  public Instant now() {
    return clock.instant();
  }

  /** The policy revision the case started under (SPEC section 2). */
  public Policy policyOf(CaseEntity c) {
    return policies.of(c.policyRevision);
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
