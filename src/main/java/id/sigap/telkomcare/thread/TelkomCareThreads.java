package id.sigap.telkomcare.thread;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseRepository;
import id.sigap.cases.CaseService;
import id.sigap.directory.Directory;
import id.sigap.directory.PresenceRepository.TelkomCareAgent;
import id.sigap.escalation.EscalationService;
import id.sigap.platform.problem.RejectedException;
import id.sigap.policy.Policy;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Channel;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.rules.TelkomCareAgentRules;
import id.sigap.procedure.rules.TelkomCareAgentRules.Candidate;
import id.sigap.procedure.rules.TelkomCareRules;
import id.sigap.procedure.rules.TelkomCareRules.Verdict;
import id.sigap.telkomcare.assessment.AssessmentResource;
import id.sigap.telkomcare.assessment.AssessmentView;
import id.sigap.telkomcare.detection.Assessment;
import id.sigap.telkomcare.detection.Author;
import id.sigap.telkomcare.detection.Criterion;
import id.sigap.telkomcare.detection.Message;
import id.sigap.telkomcare.detection.MessageThread;
import id.sigap.telkomcare.detection.OtherThreadMessage;
import id.sigap.telkomcare.detection.TelkomCareChannel;
import id.sigap.telkomcare.detection.TelkomCarePlatform;
import id.sigap.telkomcare.watchlist.DetectorHolder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TelkomCare threads handled by Sigap itself (SPEC section 4): messages from social-listening tools
 * are grouped into one open case per author, channel and platform, the whole thread is judged again
 * after each message and each correction (R-TC-1), with the burst of C-TC-2 counted over all the
 * customer's open threads (R-C-8), a thread that turns hard is reported to the cluster's TL
 * (R-TC-2), and the TL hands it to a PIC Ticket (R-TC-3).
 */
@ApplicationScoped
public class TelkomCareThreads {

  /** Two first messages of one author raced; the loser joins the winner's case on a retry. */
  private static final int CONFLICT_RETRIES = 3;

  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(TelkomCareThreads.class);

  private static final int SUMMARY_LENGTH = 2000;

  private final CaseService cases;
  private final TelkomCareMessageRepository messages;
  private final EscalationService escalations;
  private final DetectorHolder detectors;
  private final Directory directory;
  private final ObjectMapper json;
  private final String clusterId;

  TelkomCareThreads(
      CaseService cases,
      TelkomCareMessageRepository messages,
      EscalationService escalations,
      DetectorHolder detectors,
      Directory directory,
      ObjectMapper json,
      TelkomCareConfig config) {
    this.cases = cases;
    this.messages = messages;
    this.escalations = escalations;
    this.detectors = detectors;
    this.directory = directory;
    this.json = json;
    this.clusterId = config.cluster();
  }

  /** What receiving a message answered, and whether this delivery was the first. */
  public record Received(MessageResult result, boolean first) {}

  /**
   * Receives one message, once per external id. Runs in its own session and transaction so that a
   * lost race (the one-open-case index, or the external id) is retried from the start.
   */
  public Uni<Received> receive(Actor integrator, MessageRequest message) {
    if (message.authorKey() == null) {
      return Uni.createFrom()
          .failure(
              new RejectedException(
                  Rejection.invalid(
                      null,
                      "Author unknown",
                      "author.handle is required (author.name is enough for EMAIL)")));
    }
    TelkomCarePlatform platform;
    try {
      platform = platformOf(message);
    } catch (RejectedException refused) {
      return Uni.createFrom().failure(refused);
    }
    // R-C-8: the author's customer is known before the thread's transaction holds a connection
    return cases
        .customerOfAuthor(
            channelOf(message), platform.name(), message.authorKey(), customerName(message))
        .chain(
            customerId ->
                Uni.createFrom()
                    .deferred(
                        () ->
                            Panache.withTransaction(
                                () -> receiveOnce(integrator, message, platform, customerId)))
                    .onFailure(TelkomCareThreads::isUniqueViolation)
                    .invoke(
                        // expected: another delivery of the same thread won the race; this one
                        // starts again
                        e ->
                            LOG.debugf(
                                "TelkomCare message %s lost a race: %s", message.externalId(), e))
                    .onFailure(TelkomCareThreads::isUniqueViolation)
                    .retry()
                    .atMost(CONFLICT_RETRIES));
  }

  private Uni<Received> receiveOnce(
      Actor integrator,
      MessageRequest message,
      TelkomCarePlatform platform,
      java.util.UUID customerId) {
    return messages
        .find(message.externalId())
        .chain(
            existing ->
                existing != null
                    ? Uni.createFrom().item(new Received(read(existing.result), false))
                    : receiveNew(integrator, message, platform, customerId)
                        .map(result -> new Received(result, true)));
  }

  /**
   * R-C-8: the platform the message names, or without one the channel's (e-mail's own, else OTHER);
   * an unknown platform, or one of the other channel, is refused.
   */
  static TelkomCarePlatform platformOf(MessageRequest message) {
    if (message.platform() == null) {
      return TelkomCarePlatform.of(message.channel());
    }
    TelkomCarePlatform platform =
        TelkomCarePlatform.named(message.platform())
            .orElseThrow(
                () ->
                    new RejectedException(
                        Rejection.invalid(
                            "R-C-8",
                            "Unknown platform",
                            "platform is one of "
                                + Arrays.toString(TelkomCarePlatform.values())
                                + " (X is TWITTER), or left out")));
    if (!platform.fits(message.channel())) {
      throw new RejectedException(
          Rejection.invalid(
              "R-C-8",
              "Platform off its channel",
              platform
                  + " messages come on channel "
                  + (message.channel() == TelkomCareChannel.SOCIAL ? "EMAIL" : "SOCIAL")));
    }
    return platform;
  }

  private static Channel channelOf(MessageRequest message) {
    return message.channel() == TelkomCareChannel.SOCIAL
        ? Channel.TELKOMCARE_SOCIAL
        : Channel.TELKOMCARE_EMAIL;
  }

  private Uni<MessageResult> receiveNew(
      Actor integrator,
      MessageRequest message,
      TelkomCarePlatform platform,
      java.util.UUID customerId) {
    Channel channel = channelOf(message);
    String authorKey = message.authorKey();
    return cases
        .lockOpenThread(channel, platform.name(), authorKey)
        .chain(
            open ->
                open != null
                    ? receiveInto(open, false, integrator, message, platform)
                    : cases
                        .createThread(
                            integrator,
                            channel,
                            platform.name(),
                            authorKey,
                            customerName(message),
                            summary(message.text()),
                            clusterId,
                            customerId)
                        .call(c -> assign(c, integrator))
                        .chain(c -> receiveInto(c, true, integrator, message, platform)));
  }

  /** R-C-9: a thread fed by an integrator goes to a TelkomCare agent of the cluster. */
  private Uni<Void> assign(CaseEntity c, Actor feeder) {
    if (feeder.role() == Role.AGENT) {
      return Uni.createFrom().voidItem(); // an agent feeding a thread by hand answers it
    }
    return directory
        .telkomCareAgents(c.clusterId)
        .chain(
            agents ->
                cases
                    .threadLoads(agents.stream().map(TelkomCareAgent::username).toList())
                    .map(loads -> candidates(agents, loads)))
        .chain(
            candidates ->
                TelkomCareAgentRules.assign(c, feeder, candidates, cases.now())
                    .map(decision -> cases.record(c, decision).replaceWithVoid())
                    .orElse(Uni.createFrom().voidItem()));
  }

  private static List<Candidate> candidates(
      List<TelkomCareAgent> agents, List<CaseRepository.ThreadLoad> loads) {
    Map<String, CaseRepository.ThreadLoad> byAgent = new HashMap<>();
    loads.forEach(load -> byAgent.put(load.agent(), load));
    return agents.stream()
        .map(
            a -> {
              CaseRepository.ThreadLoad load = byAgent.get(a.username());
              return new Candidate(
                  a.username(),
                  a.checkedIn(),
                  load == null ? 0 : load.openThreads(),
                  load == null ? null : load.lastAssignedAt());
            })
        .toList();
  }

  /** R-C-9: the answer sent to the customer, on the thread's timeline. */
  @WithTransaction
  public Uni<CaseService.Acted> reply(Actor actor, String caseId, String text) {
    return cases.act(actor, caseId, c -> TelkomCareAgentRules.reply(c, actor, text, cases.now()));
  }

  private Uni<MessageResult> receiveInto(
      CaseEntity c,
      boolean opened,
      Actor integrator,
      MessageRequest message,
      TelkomCarePlatform platform) {
    boolean hadHand = c.latestEscalation != null;
    TelkomCareMessageEntity row = toRow(c, integrator, message, platform);
    return messages
        .persist(row)
        .chain(
            () ->
                cases.record(
                    c,
                    TelkomCareRules.receiveMessage(
                        c,
                        integrator,
                        message.externalId(),
                        message.at(),
                        message.text(),
                        message.inReplyTo(),
                        cases.now())))
        .chain(() -> judge(c, integrator))
        .map(
            v -> {
              MessageResult result =
                  new MessageResult(
                      message.externalId(),
                      c.id.toString(),
                      opened,
                      c.hardComplaint,
                      criteriaMet(c),
                      !hadHand && c.latestEscalation != null,
                      c.latestEscalation == null ? null : c.latestEscalation.id.toString());
              row.result = write(result);
              return result;
            })
        .call(messages::flush);
  }

  /** R-TC-1: an agent, TL or PIC corrects one criterion with a reason; the verdict follows. */
  @WithTransaction
  public Uni<CaseService.Acted> correct(
      Actor actor, String caseId, String criterion, boolean met, String reason) {
    return cases
        .act(
            actor,
            caseId,
            c ->
                TelkomCareRules.correctCriterion(
                    c, actor, criterion, detected(c, criterion), met, reason, cases.now()))
        .call(acted -> judge(acted.caseEntity(), actor));
  }

  /** R-TC-3: the TL hands the escalation to a PIC Ticket. */
  @WithTransaction
  public Uni<CaseService.Acted> handOverToPic(Actor tl, String caseId, String pic) {
    return directory
        .activePerson(pic)
        .chain(
            picActor ->
                cases.act(
                    tl, caseId, c -> TelkomCareRules.handOverToPic(c, tl, picActor, cases.now())));
  }

  /**
   * Judges the whole thread again under the case's policy revision, with the corrections overriding
   * the detector; records the verdict when it changed, and reports a thread that is hard for the
   * first time to the TL (R-TC-2).
   */
  private Uni<Void> judge(CaseEntity c, Actor actor) {
    return messages
        .flush()
        .chain(() -> messages.ofCase(c.id))
        .chain(
            own ->
                messages
                    .ofOtherOpenThreads(c.id, c.customerId)
                    .map(others -> thread(c, own, others)))
        .chain(
            thread -> {
              Policy policy = cases.policyOf(c);
              Assessment detected =
                  detectors
                      .detector()
                      .assess(thread.thread(), AssessmentResource.detectionPolicy(policy));
              Map<String, Boolean> corrections =
                  TelkomCareRules.corrections(c.telkomcareCorrections);
              Verdict previous = previousVerdict(c);
              Verdict next =
                  TelkomCareRules.verdict(
                      metOf(detected), corrections, policy.telkomcareMinimumCriteria());
              c.telkomcareAssessment = write(stored(detected, next, corrections, thread.own()));
              return TelkomCareRules.assessed(c, actor, previous, next, cases.now())
                  .map(decision -> cases.record(c, decision).replaceWithVoid())
                  .orElse(Uni.createFrom().voidItem());
            })
        .chain(
            () ->
                c.hardComplaint && c.latestEscalation == null
                    ? reporter(c, actor)
                        .chain(reporter -> escalations.reportThread(c, reporter))
                        .replaceWithVoid()
                    : Uni.createFrom().voidItem());
  }

  /**
   * R-C-9: the report to the TL (R-TC-2) is the thread's agent's, recorded by whoever's message or
   * correction made the thread hard; a thread without an agent is reported by that one.
   */
  private Uni<Actor> reporter(CaseEntity c, Actor actor) {
    if (c.createdBy.equals(actor.username())) {
      return Uni.createFrom().item(actor);
    }
    return directory
        .activePerson(c.createdBy)
        .map(
            agent ->
                agent != null && agent.role() == Role.AGENT
                    ? agent.withRecorder(actor.username())
                    : actor);
  }

  /** The thread as the detector reads it, with the rows its own messages came from. */
  private record Judged(MessageThread thread, List<TelkomCareMessageEntity> own) {}

  private static Judged thread(
      CaseEntity c, List<TelkomCareMessageEntity> messages, List<TelkomCareMessageEntity> others) {
    TelkomCareMessageEntity latest = messages.get(messages.size() - 1);
    for (TelkomCareMessageEntity m : messages) {
      if (m.receivedAt.isAfter(latest.receivedAt)) {
        latest = m;
      }
    }
    Author author =
        new Author(
            latest.authorHandle,
            latest.authorName,
            latest.authorVerified,
            latest.authorFollowers,
            latest.authorBio);
    TelkomCareChannel channel =
        c.channel == Channel.TELKOMCARE_SOCIAL ? TelkomCareChannel.SOCIAL : TelkomCareChannel.EMAIL;
    return new Judged(
        new MessageThread(
            channel,
            TelkomCarePlatform.named(c.platform).orElse(null),
            author,
            messages.stream().map(m -> new Message(m.postedAt, m.text)).toList(),
            others.stream()
                .map(
                    m ->
                        new OtherThreadMessage(
                            m.postedAt,
                            // stored as the message's TelkomCareChannel name
                            TelkomCareChannel.valueOf(m.channel),
                            TelkomCarePlatform.named(m.platform).orElse(null)))
                .toList()),
        messages);
  }

  private static Map<String, Boolean> metOf(Assessment assessment) {
    Map<String, Boolean> met = new LinkedHashMap<>();
    for (Criterion criterion : Criterion.values()) {
      met.put(criterion.id(), assessment.result(criterion).met());
    }
    return met;
  }

  /** The latest assessment as the case shows it: verdict, then per criterion what decided. */
  private Map<String, Object> stored(
      Assessment detected,
      Verdict verdict,
      Map<String, Boolean> corrections,
      List<TelkomCareMessageEntity> messages) {
    AssessmentView view = AssessmentView.of(detected);
    JsonNode detectedCriteria = json.valueToTree(view.criteria());
    Map<String, Object> criteria = new LinkedHashMap<>();
    for (String id : TelkomCareRules.CRITERIA) {
      Map<String, Object> one = new LinkedHashMap<>();
      JsonNode found = detectedCriteria.get(id);
      one.put("met", verdict.criteria().get(id));
      one.put("detected", found.get("met").asBoolean());
      if (corrections.containsKey(id)) {
        one.put("corrected", corrections.get(id));
      }
      one.put("evidence", found.get("evidence"));
      criteria.put(id, one);
    }
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("hardComplaint", verdict.hardComplaint());
    stored.put("criteriaMet", verdict.criteriaMet());
    stored.put("criteria", criteria);
    stored.put("messages", messages.stream().map(m -> m.externalId).toList());
    return stored;
  }

  private Verdict previousVerdict(CaseEntity c) {
    if (c.telkomcareAssessment == null) {
      return null;
    }
    JsonNode stored = readTree(c.telkomcareAssessment);
    Map<String, Boolean> criteria = new LinkedHashMap<>();
    for (String id : TelkomCareRules.CRITERIA) {
      criteria.put(id, stored.path("criteria").path(id).path("met").asBoolean());
    }
    return new Verdict(
        stored.path("hardComplaint").asBoolean(), stored.path("criteriaMet").asInt(), criteria);
  }

  /** What the detector found for one criterion in the latest assessment; null when unknown. */
  private Boolean detected(CaseEntity c, String criterion) {
    if (c.telkomcareAssessment == null) {
      return null;
    }
    JsonNode found =
        readTree(c.telkomcareAssessment).path("criteria").path(criterion).path("detected");
    return found.isBoolean() ? found.asBoolean() : null;
  }

  private int criteriaMet(CaseEntity c) {
    return c.telkomcareAssessment == null
        ? 0
        : readTree(c.telkomcareAssessment).path("criteriaMet").asInt();
  }

  private TelkomCareMessageEntity toRow(
      CaseEntity c, Actor integrator, MessageRequest message, TelkomCarePlatform platform) {
    TelkomCareMessageEntity row = new TelkomCareMessageEntity();
    row.externalId = message.externalId();
    row.caseId = c.id;
    row.channel = message.channel().name();
    row.platform = platform.name();
    row.authorHandle = message.author().handle();
    row.authorName = message.author().name();
    row.authorVerified = Boolean.TRUE.equals(message.author().verified());
    row.authorFollowers = message.author().followers() == null ? 0 : message.author().followers();
    row.authorBio = message.author().bio();
    row.text = message.text();
    row.postedAt = message.at();
    row.inReplyTo = message.inReplyTo();
    row.receivedAt = cases.now();
    row.receivedBy = integrator.username();
    row.result = "{}";
    return row;
  }

  private static String customerName(MessageRequest message) {
    String name = message.author().name();
    return name != null && !name.isBlank() ? name : message.authorKey();
  }

  private static String summary(String text) {
    return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH);
  }

  /** A unique index refused the insert: another delivery won the race. */
  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("23505") || message.contains("duplicate key")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON", e);
    }
  }

  private MessageResult read(String stored) {
    try {
      return json.readValue(stored, MessageResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored receipt is not JSON", e);
    }
  }

  private JsonNode readTree(String stored) {
    try {
      return json.readTree(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored assessment is not JSON", e);
    }
  }
}
