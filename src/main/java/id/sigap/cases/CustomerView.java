package id.sigap.cases;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R-C-8: a customer's cases as a viewer sees them. Their open hard complaint is named to everyone
 * who looks them up, also when another agent took it in, so that a second agent does not open a
 * second case with its own clocks.
 */
@RegisterForReflection(targets = {CustomerView.class, CustomerView.OpenHardComplaint.class})
public record CustomerView(
    String latestName,
    int caseCount,
    List<CaseSummary> cases,
    OpenHardComplaint openHardComplaint) {

  @Schema(name = "CustomerOpenHardComplaint")
  public record OpenHardComplaint(
      String caseId,
      @Schema(implementation = CaseStatus.class) String status,
      String clusterId,
      String createdBy,
      @Schema(nullable = true) String handlingTl,
      Instant createdAt,
      @Schema(description = "Whether the viewer may open the case") boolean visible) {}

  static CustomerView of(Actor viewer, List<CaseEntity> newestFirst) {
    OpenHardComplaint open =
        newestFirst.stream()
            .filter(c -> c.hardComplaint && c.status != CaseStatus.CLOSED)
            .findFirst()
            .map(
                c ->
                    new OpenHardComplaint(
                        c.id.toString(),
                        c.status.name(),
                        c.clusterId,
                        c.createdBy,
                        c.handlingTl,
                        c.createdAt,
                        CaseAccess.canSee(viewer, c)))
            .orElse(null);
    return new CustomerView(
        newestFirst.isEmpty() ? null : newestFirst.get(0).customerName,
        newestFirst.size(),
        newestFirst.stream()
            .filter(c -> CaseAccess.canSee(viewer, c))
            .map(CaseSummary::of)
            .toList(),
        open);
  }
}
