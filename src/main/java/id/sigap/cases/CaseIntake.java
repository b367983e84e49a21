package id.sigap.cases;

import id.sigap.directory.Directory;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Channel;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.rules.CustomerRules;
import id.sigap.procedure.rules.FollowUpRules;
import id.sigap.procedure.rules.IdentificationRules;
import id.sigap.procedure.rules.IntegrationRules;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/** Taking a complaint in: creating the case, the agent's checklist and the handling TL. */
@ApplicationScoped
public class CaseIntake {

  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(CaseIntake.class);

  private final CaseService cases;
  private final Directory directory;

  CaseIntake(CaseService cases, Directory directory) {
    this.cases = cases;
    this.directory = directory;
  }

  /** The case as its creator sees it, and whether this call created it (false: a retry). */
  public record Created(CaseView view, boolean created) {}

  /** The case an Idempotency-Key stands for, and whether this call created it. */
  private record Once(CaseEntity caseEntity, boolean created) {}

  /**
   * Creates the case; with an Idempotency-Key a retry of the same request returns the first case,
   * and the same key with another request is refused.
   */
  public Uni<Created> create(Actor agent, CaseService.NewCase request, String idempotencyKey) {
    var ticketRefused = IntegrationRules.ticketNumber(request.ticketNumber());
    if (ticketRefused.isPresent()) {
      return Uni.createFrom().failure(new RejectedException(ticketRefused.get()));
    }
    var serviceNumberRefused = CustomerRules.serviceNumber(request.serviceNumber());
    if (serviceNumberRefused.isPresent()) {
      return Uni.createFrom().failure(new RejectedException(serviceNumberRefused.get()));
    }
    if (request.channel() != Channel.INBOUND_VOICE) {
      // R-C-9: a TelkomCare thread is judged by R-TC-1 over its messages, not by the voice
      // checklist
      return Uni.createFrom()
          .failure(
              new RejectedException(
                  Rejection.invalid(
                      "R-C-9",
                      "Voice complaints only",
                      "POST /api/v1/cases takes voice complaints (INBOUND_VOICE); TelkomCare"
                          + " threads come through POST /api/v1/telkomcare/messages")));
    }
    if (idempotencyKey == null) {
      return cases.createAtOnce(agent, request).map(view -> new Created(view, true));
    }
    String hash = hashOf(request);
    IdempotencyKeyEntity.Key key = new IdempotencyKeyEntity.Key(agent.username(), idempotencyKey);
    return cases
        .prepare(agent, request)
        .chain(
            prepared ->
                Panache.withSession(
                    () ->
                        Panache.withTransaction(() -> createOnce(agent, prepared, key, hash))
                            .onFailure(IdempotencyRace.class)
                            .recoverWithUni(
                                () ->
                                    Panache.getSession()
                                        .chain(session -> afterRace(session, agent, key, hash)))
                            .chain(
                                once ->
                                    cases
                                        .view(agent, once.caseEntity())
                                        .map(view -> new Created(view, once.created())))));
  }

  private Uni<Once> createOnce(
      Actor agent, CaseService.Prepared request, IdempotencyKeyEntity.Key key, String hash) {
    return IdempotencyKeyEntity.<IdempotencyKeyEntity>findById(key)
        .chain(
            seen ->
                seen != null
                    ? replay(agent, key, hash)
                    : cases
                        .create(agent, request)
                        .call(c -> remember(key, hash, c))
                        .map(c -> new Once(c, true)));
  }

  private Uni<Void> remember(IdempotencyKeyEntity.Key key, String hash, CaseEntity c) {
    IdempotencyKeyEntity row = new IdempotencyKeyEntity();
    row.key = key;
    row.requestHash = hash;
    row.caseId = c.id;
    row.createdAt = c.createdAt;
    return row.persist()
        .call(Panache::flush)
        .onFailure(CaseIntake::isUniqueViolation)
        .transform(
            e -> {
              // expected: a retry raced the first request; the first one's case is answered
              LOG.debugf("Idempotency-Key of %s already taken: %s", key.username(), e.getMessage());
              return new IdempotencyRace();
            })
        .replaceWithVoid();
  }

  /** The failed attempt's rows are still in the session's cache: forget them before reading. */
  private Uni<Once> afterRace(
      Mutiny.Session session, Actor agent, IdempotencyKeyEntity.Key key, String hash) {
    session.clear();
    return replay(agent, key, hash);
  }

  private Uni<Once> replay(Actor agent, IdempotencyKeyEntity.Key key, String hash) {
    return IdempotencyKeyEntity.<IdempotencyKeyEntity>findById(key)
        .chain(
            seen -> {
              if (!seen.requestHash.equals(hash)) {
                return Uni.createFrom()
                    .failure(
                        new RejectedException(
                            Rejection.invalid(
                                null,
                                "Idempotency-Key reused",
                                "This Idempotency-Key was used for a different request")));
              }
              return cases.visible(agent, seen.caseId.toString()).map(c -> new Once(c, false));
            });
  }

  @WithTransaction
  public Uni<CaseService.Acted> assess(
      Actor agent, String caseId, Set<InboundCriterion> criteria, String otherReason) {
    return cases.act(
        agent,
        caseId,
        c ->
            IdentificationRules.assess(
                c,
                agent,
                criteria,
                otherReason,
                cases.policyOf(c).inboundMinimumCriteria(),
                cases.now()));
  }

  /** R-I-1: the complaint application's ticket number on the case. */
  @WithTransaction
  public Uni<CaseService.Acted> recordTicketNumber(Actor actor, String caseId, String number) {
    return cases.act(
        actor, caseId, c -> IntegrationRules.recordTicketNumber(c, actor, number, cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> nameHandlingTl(Actor agent, String caseId, String tlUsername) {
    return directory
        .activePerson(tlUsername)
        .chain(
            tl ->
                cases.act(
                    agent, caseId, c -> FollowUpRules.nameHandlingTl(c, agent, tl, cases.now())));
  }

  @WithSession
  public Uni<CaseEntity> find(Actor actor, String caseId) {
    return cases.visible(actor, caseId);
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("23505")) {
        return true;
      }
    }
    return false;
  }

  static String hashOf(CaseService.NewCase request) {
    String canonical =
        String.join(
            "\u0000",
            request.channel().name(),
            request.customerName(),
            request.customerPhone(),
            request.summary());
    if (request.serviceNumber() != null) {
      // appended only when given, so that keys remembered before service numbers keep their hash
      canonical = canonical + "\u0000" + request.serviceNumber();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Two retries with one key raced; the loser returns what the winner created. */
  static final class IdempotencyRace extends RuntimeException {
    IdempotencyRace() {
      super(null, null, false, false);
    }
  }
}
