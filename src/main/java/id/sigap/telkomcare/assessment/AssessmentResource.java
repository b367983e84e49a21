package id.sigap.telkomcare.assessment;

import id.sigap.platform.problem.Problem;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import id.sigap.procedure.Roles;
import id.sigap.telkomcare.detection.DetectionPolicy;
import id.sigap.telkomcare.watchlist.DetectorHolder;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/telkomcare/assessments")
@Tag(name = "TelkomCare")
public class AssessmentResource {

  static final String LIMITS =
      "Stateless: nothing is stored. Limits, each refused with 400 problem+json naming the field:"
          + " `channel` SOCIAL or EMAIL, required; `messages` 1 to 500 per thread; each message"
          + " needs `at` (ISO-8601 instant) and `text` of 1 to 5,000 characters; `author` may be"
          + " left out, and when given `handle` and `name` are at most 100 characters, `bio` at"
          + " most 1,000 and `followers` at least 0. The whole body is at most 1 MiB (413).";

  /** About two full posts: a few milliseconds of CPU at most. */
  static final int ON_EVENT_LOOP_CHARACTERS = 10_000;

  private final DetectorHolder detectors;
  private final PolicyRevisions policies;

  AssessmentResource(DetectorHolder detectors, PolicyRevisions policies) {
    this.detectors = detectors;
    this.policies = policies;
  }

  /** The TelkomCare thresholds of SPEC section 2, as one policy revision sets them. */
  public static DetectionPolicy detectionPolicy(Policy policy) {
    return new DetectionPolicy(
        policy.telkomcareMinimumCriteria(),
        policy.burstMessages(),
        policy.socialBurstWindow(),
        policy.nonSocialBurstWindow(),
        policy.influencerFollowers());
  }

  @POST
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
      operationId = "assessTelkomCareThread",
      summary = "Is this TelkomCare thread a hard complaint? (R-TC-1, C-TC-1..5)",
      description =
          LIMITS
              + " Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET, LIAISON_OFFICER, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The verdict and all five criteria with their evidence")
  @APIResponse(
      responseCode = "413",
      description = "The body is over 1 MiB",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<AssessmentView> assess(@Valid @NotNull AssessmentRequest request) {
    // A usual thread takes well under a millisecond of CPU and is assessed on the event loop; a
    // long one (up to about a second for a full 1 MiB body) would stall every other request
    // served by that loop, so it goes to a worker thread.
    if (request.characters() <= ON_EVENT_LOOP_CHARACTERS) {
      return Uni.createFrom().item(assessNow(request));
    }
    return Uni.createFrom()
        .item(() -> assessNow(request))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  private AssessmentView assessNow(AssessmentRequest request) {
    // the active revision at the time of the request, so that a published revision applies
    DetectionPolicy policy = detectionPolicy(policies.active());
    return AssessmentView.of(detectors.detector().assess(request.toThread(), policy));
  }
}
