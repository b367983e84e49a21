package id.sigap.cases;

import id.sigap.cases.domain.Actor;
import id.sigap.cases.domain.InboundCriterion;
import id.sigap.cases.domain.InboundProcedure;
import id.sigap.cases.domain.PhoneNumbers;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Case", description = "A complaint, where it stands, and its timeline")
public record CaseView(
    String id,
    String channel,
    String status,
    boolean hardComplaint,
    Customer customer,
    String summary,
    String clusterId,
    String createdBy,
    Instant createdAt,
    List<String> criteria,
    String otherReason,
    String handlingTl,
    boolean policyDecisionRequired,
    boolean policyDecisionCoordinated,
    Instant finalCallBackAt,
    String flagReview,
    String policyRevision,
    Instant closedAt,
    String resolution,
    EscalationView escalation,
    @Schema(description = "What the signed-in user may do next under the procedure")
        List<String> allowedActions,
    @Schema(description = "Every action on the case, oldest first")
        List<TimelineEventView> timeline) {

  public record Customer(
      String name,
      @Schema(
              description =
                  "Whole for agents, TLs, supervisors and managers; masked (+62 812 **** 7890) for"
                      + " the other roles")
          String phone) {}

  static CaseView of(CaseEntity c, Actor viewer, List<TimelineEventView> timeline) {
    return new CaseView(
        c.id.toString(),
        c.channel.name(),
        c.status.name(),
        c.hardComplaint,
        new Customer(c.customerName, PhoneNumbers.forViewer(viewer.role(), c.customerPhone)),
        c.summary,
        c.clusterId,
        c.createdBy,
        c.createdAt,
        c.criteria.stream().sorted().map(InboundCriterion::id).toList(),
        c.otherReason,
        c.handlingTl,
        c.policyDecisionRequired,
        c.policyDecisionCoordinated,
        c.finalCallBackAt,
        c.flagReview,
        c.policyRevision,
        c.closedAt,
        c.resolution,
        EscalationView.of(c.latestEscalation),
        InboundProcedure.allowedActions(c, viewer),
        timeline);
  }
}
