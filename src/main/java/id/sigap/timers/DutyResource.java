package id.sigap.timers;

import id.sigap.procedure.DutyKind;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The clocks that are running: what the TL owes next and by when (R-IN-11, R-IN-12, R-X-2). */
@Path("/api/v1/duties")
@Tag(name = "Duties")
@WithSession
public class DutyResource {

  @Schema(name = "Duty")
  public record DutyView(
      @Schema(examples = "progress-check:7f1c0a52-6f0e-4a43-9f0a-2b1f8d1e3c44") String key,
      DutyKind kind,
      UUID caseId,
      Instant dueAt,
      @Schema(description = "How often it has fired without being done; 0 while not yet due")
          int overdueCount,
      String customerName,
      @Schema(nullable = true) String handlingTl) {}

  private final CurrentActor actor;
  private final DutyList duties;

  DutyResource(CurrentActor actor, DutyList duties) {
    this.actor = actor;
    this.duties = duties;
  }

  @GET
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.MANAGER, Roles.QC, Roles.PIC_TICKET})
  @Operation(
      operationId = "listDuties",
      summary =
          "The open duties of the cases the caller may see (a TL: the cluster's), soonest due first,"
              + " at most 500",
      description = "Who may call it: TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET.")
  public Uni<List<DutyView>> list() {
    return duties.of(actor.get());
  }
}
