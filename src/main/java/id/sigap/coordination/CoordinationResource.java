package id.sigap.coordination;

import id.sigap.cases.ActedAnswers;
import id.sigap.cases.TimelineEventView;
import id.sigap.procedure.CoordinationAnswer;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-C-5: a related unit's queue of coordinations, and its answers. */
@Path("/api/v1/coordinations")
@Tag(name = "Related units")
public class CoordinationResource {

  private final CoordinationService coordinations;
  private final ActedAnswers answers;
  private final CurrentActor actor;

  CoordinationResource(
      CoordinationService coordinations, ActedAnswers answers, CurrentActor actor) {
    this.coordinations = coordinations;
    this.answers = answers;
    this.actor = actor;
  }

  public record AnswerRequest(
      @NotNull CoordinationAnswer answer,
      @Size(max = 2000)
          @Schema(nullable = true, description = "Why it is declined, or the unit's answer")
          String note,
      @Schema(
              nullable = true,
              description = "When the unit promises the resolution (R-IN-12, R-C-3)")
          Instant promisedResolutionAt) {}

  @GET
  @RolesAllowed({Roles.LIAISON_OFFICER, Roles.SUPERVISOR, Roles.MANAGER})
  @Operation(
      operationId = "listUnitCoordinations",
      summary = "The coordinations addressed to my related units that no one answered yet (R-C-5)",
      description = "Who may call it: SUPERVISOR, MANAGER, LIAISON_OFFICER.")
  public Uni<List<CoordinationQueries.Waiting>> queue() {
    return coordinations.queue(actor.get());
  }

  @POST
  @Path("/{id}/answer")
  @RolesAllowed({Roles.LIAISON_OFFICER, Roles.SUPERVISOR, Roles.MANAGER})
  @WithSession
  @Operation(
      operationId = "answerCoordination",
      summary = "A member of the unit accepts, declines or answers the coordination, once (R-C-5)",
      description = "Who may call it: SUPERVISOR, MANAGER, LIAISON_OFFICER.")
  @APIResponse(
      responseCode = "201",
      description = "The recorded timeline event",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TimelineEventView.class)))
  public Uni<Response> answer(@PathParam("id") String id, @Valid @NotNull AnswerRequest request) {
    return answers.created(
        coordinations.answer(
            actor.get(), id, request.answer(), request.note(), request.promisedResolutionAt()));
  }
}
