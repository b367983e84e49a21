package id.sigap.cases;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.PhoneNumbers;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R-C-8: a customer known by phone number, with the cases the viewer may see. Their open hard
 * complaint is named to everyone who looks them up, also when another agent took it in, so that a
 * second agent does not open a second case with its own clocks.
 */
@RegisterForReflection(targets = {CustomerView.class, CustomerView.OpenHardComplaint.class})
@Schema(name = "Customer", description = "A customer known by phone number, with their cases")
public record CustomerView(
    @Schema(
            description =
                "The number with its country code, whole or masked as the viewer may see numbers")
        String phone,
    @Schema(description = "The name on the customer's latest case") String name,
    @Schema(description = "How many cases the number has, whoever may see them") int caseCount,
    @Schema(description = "The customer's cases the viewer may open, newest first")
        List<CaseSummary> cases,
    @Schema(
            nullable = true,
            description = "The customer's hard complaint that is not closed, if any")
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

  static CustomerView of(Actor viewer, String digits, List<CaseEntity> newestFirst) {
    CaseEntity latest = newestFirst.get(0);
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
        PhoneNumbers.forViewer(viewer.role(), "+" + digits),
        latest.customerName,
        newestFirst.size(),
        newestFirst.stream()
            .filter(c -> CaseAccess.canSee(viewer, c))
            .map(CaseSummary::of)
            .toList(),
        open);
  }
}
