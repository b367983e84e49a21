package id.sigap.timers;

import id.sigap.cases.CaseAccess;
import id.sigap.procedure.Actor;
import id.sigap.procedure.DutyKind;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.Panache;
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

  static final int MAX = 500;

  private static final String QUERY =
      """
      select d.key, d.kind, d.caseId, d.dueAt, d.stage, c.customerName, c.handlingTl
      from DutyEntity d join CaseEntity c on c.id = d.caseId
      where %s
      order by d.dueAt, d.key
      """;

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

  DutyResource(CurrentActor actor) {
    this.actor = actor;
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
    Actor who = actor.get();
    CaseAccess.Filter filter = CaseAccess.filterFor(who, "c");
    return Panache.getSession()
        .chain(
            session -> {
              var query =
                  session
                      .createSelectionQuery(QUERY.formatted(filter.condition()), Object[].class)
                      .setMaxResults(MAX);
              if (filter.who() != null) {
                query.setParameter("who", filter.who());
              }
              return query.getResultList();
            })
        .map(rows -> rows.stream().map(DutyResource::view).toList());
  }

  private static DutyView view(Object[] row) {
    return new DutyView(
        (String) row[0],
        (DutyKind) row[1],
        (UUID) row[2],
        (Instant) row[3],
        (Integer) row[4],
        (String) row[5],
        (String) row[6]);
  }
}
