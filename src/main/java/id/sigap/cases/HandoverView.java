package id.sigap.cases;

import id.sigap.procedure.HandoverReason;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R-F-4: a handover waiting for the receiving TL's answer. */
@Schema(name = "Handover", description = "A handover waiting for the receiving TL (R-F-4)")
public record HandoverView(
    String id,
    String caseId,
    String customerName,
    @Schema(description = "The handling TL who asked") String from,
    @Schema(description = "The TL who is to accept or decline") String to,
    HandoverReason reason,
    Instant requestedAt) {

  /** The case's pending handover; null when none waits. */
  static HandoverView of(CaseEntity c) {
    if (c.pendingHandoverId == null) {
      return null;
    }
    return new HandoverView(
        c.pendingHandoverId.toString(),
        c.id.toString(),
        c.customerName,
        c.handlingTl,
        c.pendingHandoverTo,
        c.pendingHandoverReason,
        c.pendingHandoverAt);
  }
}
