package id.sigap.telkomcare.thread;

import id.sigap.cases.CaseService;
import id.sigap.cases.CaseView;
import id.sigap.platform.problem.Problem;
import id.sigap.procedure.Roles;
import id.sigap.procedure.rules.TelkomCareAgentRules;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cases/{id}")
@Tag(name = "TelkomCare")
@WithSession
public class ThreadResource {

  private final TelkomCareThreads threads;
  private final CaseService cases;
  private final CurrentActor actor;

  ThreadResource(TelkomCareThreads threads, CaseService cases, CurrentActor actor) {
    this.threads = threads;
    this.cases = cases;
    this.actor = actor;
  }

  public record CorrectionRequest(
      @NotNull Boolean met, @NotBlank @Size(max = 2000) String reason) {}

  public record ReplyRequest(
      @NotBlank
          @Size(max = TelkomCareAgentRules.MAX_REPLY)
          @Schema(examples = "Mohon maaf atas gangguannya, Kak. Teknisi kami datang hari ini.")
          String text) {}

  public record PicHandoverRequest(
      @NotBlank @Size(max = 64) @Schema(examples = "pic1") String pic) {}

  @PUT
  @Path("/telkomcare-criteria/{criterion}")
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEADER, Roles.PIC_TICKET})
  @Operation(
      operationId = "correctTelkomCareCriterion",
      summary = "Correct one TelkomCare criterion with a reason (R-TC-1)",
      description =
          "Who may call it: AGENT, TEAM_LEADER, PIC_TICKET. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> correct(
      @PathParam("id") String id,
      @PathParam("criterion") @Schema(examples = "C-TC-4") String criterion,
      @Valid @NotNull CorrectionRequest request) {
    return threads
        .correct(actor.get(), id, criterion, request.met(), request.reason())
        .chain(acted -> cases.view(actor.get(), acted.caseEntity()));
  }

  @POST
  @Path("/pic-handover")
  @RolesAllowed(Roles.TEAM_LEADER)
  @Operation(
      operationId = "handOverToPicTicket",
      summary = "The TL hands the escalation to a PIC Ticket (R-TC-3)",
      description =
          "Who may call it: TEAM_LEADER. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> handOver(
      @PathParam("id") String id, @Valid @NotNull PicHandoverRequest request) {
    return threads
        .handOverToPic(actor.get(), id, request.pic())
        .chain(acted -> cases.view(actor.get(), acted.caseEntity()));
  }

  @POST
  @Path("/replies")
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.PIC_TICKET})
  @Operation(
      operationId = "replyToTelkomCareThread",
      summary = "Record the answer sent to the customer on their platform (R-C-9)",
      description =
          "The thread's TelkomCare agent answers it, a TL of its cluster or an SPV directing them"
              + " (R-TC-2), or the PIC Ticket it was handed to (R-TC-3). Who may call it: AGENT,"
              + " TEAM_LEADER, SUPERVISOR, PIC_TICKET. A case the caller may not see answers 404,"
              + " as an unknown one does.")
  @APIResponse(
      responseCode = "200",
      description = "The case with the reply on its timeline",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "409",
      description = "R-C-9: a closed case, or not the caller's thread to answer",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "R-C-9: not a TelkomCare thread, or a reply empty or too long",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<CaseView> reply(@PathParam("id") String id, @Valid @NotNull ReplyRequest request) {
    return threads
        .reply(actor.get(), id, request.text())
        .chain(acted -> cases.view(actor.get(), acted.caseEntity()));
  }
}
