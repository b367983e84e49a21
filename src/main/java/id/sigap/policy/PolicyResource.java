package id.sigap.policy;

import id.sigap.platform.problem.Problem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.QuietHours;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/policy")
@Tag(name = "Policy")
public class PolicyResource {

  private final PolicyRevisions revisions;
  private final CurrentActor actor;

  PolicyResource(PolicyRevisions revisions, CurrentActor actor) {
    this.revisions = revisions;
    this.actor = actor;
  }

  @Schema(name = "PolicyRevision", description = "Thresholds of the procedure; durations ISO-8601")
  public record RevisionRequest(
      @NotBlank @Size(max = 64) @Schema(examples = "W-10 rev 03") String revision,
      @Min(1) @Max(5) int inboundMinimumCriteria,
      @Min(1) @Max(5) int telkomcareMinimumCriteria,
      @Min(2) @Max(100) int burstMessages,
      @NotNull @Schema(examples = "PT5M") Duration socialBurstWindow,
      @NotNull @Schema(examples = "PT15M") Duration nonSocialBurstWindow,
      @NotNull @Schema(examples = "PT1H") Duration progressCheckInterval,
      @NotNull @Schema(examples = "PT6H") Duration callbackInterval,
      @NotNull @Schema(examples = "PT60S") Duration acknowledgeTarget,
      @Min(1) long influencerFollowers,
      @Schema(
              nullable = true,
              examples = "PT15M",
              description = "R-C-2; left out: the active revision's")
          Duration firstCallbackWithin,
      @Size(max = 16)
          @Schema(
              nullable = true,
              examples = "21:00-07:00",
              description =
                  "R-C-3, HH:mm-HH:mm in the center's zone or none; left out: the active revision's")
          String quietHours,
      @Schema(
              nullable = true,
              examples = "P30D",
              description = "R-C-2, R-C-3; left out: the active revision's")
          Duration agreedCallbackHorizon,
      @Min(1)
          @Max(20)
          @Schema(
              nullable = true,
              examples = "3",
              description = "R-C-4; left out: the active revision's")
          Integer callbackAttempts,
      @Size(max = 2100)
          @jakarta.validation.constraints.Pattern(
              regexp = PolicyConfig.CATEGORIES,
              message = "up to 50 comma-separated codes of capitals, digits and underscores")
          @Schema(
              nullable = true,
              examples = "GANGGUAN_INTERNET,TAGIHAN,LAINNYA",
              description =
                  "K-4: the problem and resolution categories, comma-separated; left out: the"
                      + " active revision's")
          String problemCategories,
      @Schema(
              nullable = true,
              examples = "P7D",
              description =
                  "R-C-8: a contact this soon after closing is linked to the closed case; left out:"
                      + " the active revision's")
          Duration repeatWindow) {

    Policy toPolicy(Policy active) {
      if (quietHours != null && QuietHours.parse(quietHours).isEmpty()) {
        throw new RejectedException(
            Rejection.invalid(
                "R-C-3",
                "Not a range of quiet hours",
                "Write quiet hours as HH:mm-HH:mm in the center's zone (two different times, e.g."
                    + " 21:00-07:00), or none"));
      }
      return new Policy(
          revision,
          inboundMinimumCriteria,
          telkomcareMinimumCriteria,
          burstMessages,
          socialBurstWindow,
          nonSocialBurstWindow,
          progressCheckInterval,
          callbackInterval,
          acknowledgeTarget,
          influencerFollowers,
          firstCallbackWithin != null ? firstCallbackWithin : active.firstCallbackWithin(),
          quietHours != null ? quietHours : active.quietHours(),
          agreedCallbackHorizon != null ? agreedCallbackHorizon : active.agreedCallbackHorizon(),
          callbackAttempts != null ? callbackAttempts : active.callbackAttempts(),
          problemCategories != null ? problemCategories : active.problemCategories(),
          repeatWindow != null ? repeatWindow : active.repeatWindow());
    }
  }

  public record ActivationRequest(@NotBlank @Size(max = 64) String revision) {}

  @GET
  @Path("/revisions")
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.MANAGER, Roles.QC})
  @Operation(
      operationId = "listPolicyRevisions",
      summary = "Every published policy revision",
      description = "Who may call it: SUPERVISOR, MANAGER, QC, ADMIN.")
  public List<Policy> all() {
    return revisions.all();
  }

  @GET
  @Path("/active")
  @RolesAllowed({
    Roles.AGENT,
    Roles.TEAM_LEADER,
    Roles.SUPERVISOR,
    Roles.MANAGER,
    Roles.QC,
    Roles.PIC_TICKET,
    Roles.LIAISON_OFFICER,
    Roles.ADMIN
  })
  @Operation(
      operationId = "getActivePolicy",
      summary = "The revision new cases start under",
      description =
          "Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET, LIAISON_OFFICER, ADMIN.")
  public Policy active() {
    return revisions.active();
  }

  @POST
  @Path("/revisions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "publishPolicyRevision",
      summary = "Publish a new revision and make it active; a published one never changes",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "The published revision, now active",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = Policy.class)))
  @APIResponse(
      responseCode = "409",
      description = "A revision of that name was published already: it never changes",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> publish(@Valid @NotNull RevisionRequest request) {
    return revisions
        .publish(request.toPolicy(revisions.active()), actor.get().username())
        .map(p -> Response.status(201).entity(p).build());
  }

  @PUT
  @Path("/active")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "activatePolicyRevision",
      summary = "Make an earlier revision active again",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = Policy.class)))
  @APIResponse(
      responseCode = "404",
      description = "No revision of that name was published",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Policy> activate(@Valid @NotNull ActivationRequest request) {
    return revisions.activate(request.revision());
  }
}
