package id.sigap.cases;

import id.sigap.procedure.EscalationStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// written inside a Response, so the native image cannot find it by itself
@RegisterForReflection
@Schema(name = "Escalation", description = "A raised hand and how the TL answered it")
public record EscalationView(
    String id,
    String caseId,
    @Schema(implementation = EscalationStatus.class) String status,
    String raisedBy,
    String targetTl,
    boolean takeoverRequested,
    Instant raisedAt,
    @Schema(nullable = true) Instant acknowledgedAt,
    @Schema(nullable = true) Instant arrivedAt,
    @Schema(nullable = true, description = "When the agent withdrew the hand (R-C-1)")
        Instant withdrawnAt,
    @Schema(nullable = true, description = "CUSTOMER_HUNG_UP or OTHER, once withdrawn (R-C-1)")
        String withdrawReason) {

  static EscalationView of(EscalationEntity e) {
    return e == null
        ? null
        : new EscalationView(
            e.id.toString(),
            e.caseId.toString(),
            e.status.name(),
            e.raisedBy,
            e.targetTl,
            e.takeoverRequested,
            e.raisedAt,
            e.acknowledgedAt,
            e.arrivedAt,
            e.withdrawnAt,
            e.withdrawReason);
  }
}
