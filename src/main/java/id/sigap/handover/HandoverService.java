package id.sigap.handover;

import id.sigap.cases.CaseService;
import id.sigap.cases.HandoverView;
import id.sigap.directory.Directory;
import id.sigap.procedure.Actor;
import id.sigap.procedure.HandoverReason;
import id.sigap.procedure.rules.HandoverRules;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** R-F-4: the handling TL hands a case over; the receiving TL accepts or declines. */
@ApplicationScoped
public class HandoverService {

  static final int MAX_LISTED = 500;

  private final CaseService cases;
  private final Directory directory;

  HandoverService(CaseService cases, Directory directory) {
    this.cases = cases;
    this.directory = directory;
  }

  @WithTransaction
  public Uni<CaseService.Acted> request(
      Actor from, String caseId, String to, HandoverReason reason, String note) {
    String handoverId = UUID.randomUUID().toString();
    return directory
        .activePerson(to)
        .chain(
            receiver ->
                cases.act(
                    from,
                    caseId,
                    c ->
                        HandoverRules.request(
                            c, from, receiver, to, reason, note, handoverId, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> accept(Actor receiver, String handoverId) {
    return cases
        .caseOfHandover(handoverId)
        .chain(
            caseId ->
                cases.act(
                    receiver,
                    caseId.toString(),
                    c -> HandoverRules.accept(c, receiver, handoverId, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> decline(Actor receiver, String handoverId, String note) {
    return cases
        .caseOfHandover(handoverId)
        .chain(
            caseId ->
                cases.act(
                    receiver,
                    caseId.toString(),
                    c -> HandoverRules.decline(c, receiver, handoverId, note, cases.now())));
  }

  public Uni<List<HandoverView>> pending(Actor actor) {
    return cases.pendingHandovers(actor, MAX_LISTED);
  }
}
