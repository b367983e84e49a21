package id.sigap.push;

import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R-F-5: a tablet asks to be woken by Web Push for the alerts of the person signed in on it (the
 * events whose {@code alertFor} names them), and stops asking on sign-out.
 */
@Path("/api/v1/push")
@Tag(name = "Push")
@RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.MANAGER})
public class PushResource {

  private final PushService push;
  private final CurrentActor actor;

  PushResource(PushService push, CurrentActor actor) {
    this.push = push;
    this.actor = actor;
  }

  public record VapidKeyView(
      @Schema(
              description =
                  "The applicationServerKey for PushManager.subscribe: an uncompressed P-256 point,"
                      + " base64url")
          String publicKey) {}

  public record Keys(
      @NotBlank @Size(max = 200) @Schema(description = "The browser's P-256 key, base64url")
          String p256dh,
      @NotBlank @Size(max = 64) @Schema(description = "The 16-byte auth secret, base64url")
          String auth) {}

  /** What PushSubscription.toJSON() gives, less expirationTime. */
  public record SubscribeRequest(
      @NotBlank
          @Size(max = 2000)
          @Schema(
              description = "The push service's URL for this browser (https)",
              examples = "https://fcm.googleapis.com/fcm/send/abc123")
          String endpoint,
      @NotNull @Valid Keys keys) {}

  public record UnsubscribeRequest(@NotBlank @Size(max = 2000) String endpoint) {}

  @GET
  @Path("/vapid-public-key")
  @Operation(
      operationId = "vapidPublicKey",
      summary = "The key push services know this server by (VAPID, RFC 8292)",
      description = "Who may call it: TEAM_LEADER, SUPERVISOR, MANAGER.")
  public Uni<VapidKeyView> vapidPublicKey() {
    return push.vapidPublicKey().map(VapidKeyView::new);
  }

  @POST
  @Path("/subscriptions")
  @Operation(
      operationId = "subscribePush",
      summary =
          "Wake this browser by Web Push for my alerts; one subscription per browser endpoint,"
              + " replaced when sent again",
      description = "Who may call it: TEAM_LEADER, SUPERVISOR, MANAGER.")
  @APIResponse(responseCode = "204", description = "Kept")
  @APIResponse(
      responseCode = "422",
      description =
          "The endpoint is not https, or the keys are not a P-256 key and a 16-byte secret",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  public Uni<Response> subscribe(@Valid @NotNull SubscribeRequest request) {
    return push.subscribe(
            actor.get().username(),
            request.endpoint(),
            request.keys().p256dh(),
            request.keys().auth())
        .replaceWith(Response.noContent().build());
  }

  @DELETE
  @Path("/subscriptions")
  @Operation(
      operationId = "unsubscribePush",
      summary = "Stop waking this browser (by its endpoint), e.g. on sign-out",
      description = "Who may call it: TEAM_LEADER, SUPERVISOR, MANAGER.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "404",
      description = "I have no subscription with this endpoint",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  public Uni<Response> unsubscribe(@Valid @NotNull UnsubscribeRequest request) {
    return push.unsubscribe(actor.get().username(), request.endpoint())
        .replaceWith(Response.noContent().build());
  }
}
