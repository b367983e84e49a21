package id.sigap.escalation;

import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseRepository;
import id.sigap.cases.CaseService;
import id.sigap.directory.Directory;
import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Role;
import id.sigap.procedure.WithdrawReason;
import id.sigap.procedure.rules.AccuracyRules;
import id.sigap.procedure.rules.EscalationRules;
import id.sigap.procedure.rules.TelkomCareRules;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** The raised hand: from the agent's tap to the TL standing at the workstation (R-IN-2..6). */
@ApplicationScoped
public class EscalationService {

  private final CaseService cases;
  private final Directory directory;
  private final CaseRepository caseRepository;

  EscalationService(CaseService cases, Directory directory, CaseRepository caseRepository) {
    this.cases = cases;
    this.directory = directory;
    this.caseRepository = caseRepository;
  }

  /**
   * The route is read before the transaction opens: the floor comes over connections of its own,
   * and a transaction waiting for one while holding its own could starve the pool when as many
   * hands are raised at once as it has connections.
   */
  public Uni<CaseService.Acted> raiseHand(Actor agent, String caseId, boolean takeoverRequested) {
    String escalationId = UUID.randomUUID().toString();
    return directory
        .route(agent.clusterId(), agent.username(), Set.of())
        .chain(
            route ->
                Panache.withTransaction(
                    () ->
                        cases.act(
                            agent,
                            caseId,
                            c ->
                                EscalationRules.raiseHand(
                                    c,
                                    agent,
                                    escalationId,
                                    route,
                                    takeoverRequested,
                                    cases.now()))));
  }

  /**
   * R-TC-2: a TelkomCare thread turned hard; Sigap reports it to the TL at the cluster desk on
   * behalf of the integrator that delivered it, routed like an agent's hand. The caller has locked
   * the case and runs this inside its transaction.
   */
  public Uni<CaseService.Acted> reportThread(CaseEntity c, Actor reporter) {
    String escalationId = UUID.randomUUID().toString();
    // R-F-6: a thread's agent at their workstation is where the TL walks to
    String agent = reporter.role() == Role.AGENT ? reporter.username() : null;
    return directory
        .route(c.clusterId, agent, Set.of())
        .chain(
            route ->
                cases.record(
                    c, TelkomCareRules.raiseHand(c, reporter, escalationId, route, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> acknowledge(Actor tl, String escalationId) {
    return caseOf(escalationId)
        .chain(
            caseId ->
                cases.act(
                    tl,
                    caseId,
                    c -> EscalationRules.acknowledge(c, tl, escalationId, cases.now())));
  }

  /** K-4: the TL listening identifies the problem, from the case's policy's categories. */
  @WithTransaction
  public Uni<CaseService.Acted> identify(
      Actor tl, String escalationId, String category, String note) {
    return caseOf(escalationId)
        .chain(
            caseId ->
                cases.act(
                    tl,
                    caseId,
                    c ->
                        AccuracyRules.identify(
                            c,
                            tl,
                            escalationId,
                            category,
                            note,
                            cases.policyOf(c).categories(),
                            cases.now())));
  }

  /** K-4: at the desk, the TL's direction to the agent. */
  @WithTransaction
  public Uni<CaseService.Acted> giveDirection(Actor tl, String escalationId, String direction) {
    return caseOf(escalationId)
        .chain(
            caseId ->
                cases.act(
                    tl,
                    caseId,
                    c -> AccuracyRules.giveDirection(c, tl, escalationId, direction, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> arrive(Actor tl, String escalationId) {
    return caseOf(escalationId)
        .chain(
            caseId ->
                cases.act(
                    tl, caseId, c -> EscalationRules.arrive(c, tl, escalationId, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> withdraw(
      Actor agent, String escalationId, WithdrawReason reason, String note) {
    return caseOf(escalationId)
        .chain(
            caseId ->
                cases.act(
                    agent,
                    caseId,
                    c ->
                        EscalationRules.withdraw(
                            c, agent, escalationId, reason, note, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> takeOver(Actor tl, String caseId) {
    return cases.act(tl, caseId, c -> EscalationRules.takeOver(c, tl, cases.now()));
  }

  private Uni<String> caseOf(String escalationId) {
    UUID id;
    try {
      id = UUID.fromString(escalationId);
    } catch (IllegalArgumentException e) {
      return Uni.createFrom().failure(new NotFoundProblem("Escalation", escalationId));
    }
    return caseRepository
        .hand(id)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Escalation", escalationId))
        .map(e -> e.caseId.toString());
  }
}
