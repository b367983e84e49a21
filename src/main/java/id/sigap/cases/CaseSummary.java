package id.sigap.cases;

import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Channel;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseSummary", description = "A case as listed, without its timeline")
public record CaseSummary(
    String id,
    @Schema(implementation = Channel.class) String channel,
    @Schema(implementation = CaseStatus.class) String status,
    boolean hardComplaint,
    String customerName,
    String summary,
    String clusterId,
    String createdBy,
    @Schema(nullable = true) String handlingTl,
    Instant createdAt) {

  static CaseSummary of(CaseEntity c) {
    return new CaseSummary(
        c.id.toString(),
        c.channel.name(),
        c.status.name(),
        c.hardComplaint,
        c.customerName,
        c.summary,
        c.clusterId,
        c.createdBy,
        c.handlingTl,
        c.createdAt);
  }
}
