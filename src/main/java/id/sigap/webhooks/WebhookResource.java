package id.sigap.webhooks;

import id.sigap.procedure.Roles;
import id.sigap.procedure.event.EventType;
import id.sigap.security.CurrentActor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R-I-2: admins subscribe URLs to timeline event types, read the delivery log and replay
 * deliveries.
 */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks")
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

  static final int MAX_LOG = 500;

  private final WebhookService webhooks;
  private final CurrentActor actor;

  WebhookResource(WebhookService webhooks, CurrentActor actor) {
    this.webhooks = webhooks;
    this.actor = actor;
  }

  public record CreateRequest(
      @NotNull
          @Size(max = 2000)
          @Schema(
              description = "http:// or https://, not Sigap itself",
              examples = "https://crm.telkom.example/sigap-events")
          String url,
      @NotEmpty @Size(max = 50) @Schema(description = "The timeline event types to deliver")
          List<EventType> events,
      @NotNull
          @Size(max = 256)
          @Schema(
              description =
                  "At least 32 bytes; signs each delivery (Sigap-Signature). Never shown again")
          String secret,
      @Size(max = 16)
          @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, dashes or underscores")
          @Schema(nullable = true, description = "Only this cluster's cases; absent: all cases")
          String clusterId) {}

  public record CreatedView(UUID id) {}

  @Schema(name = "Webhook")
  public record WebhookView(
      UUID id,
      String url,
      List<String> events,
      @Schema(nullable = true) String clusterId,
      @Schema(description = "ACTIVE, or PAUSED by an admin or after repeated failures")
          Webhook.Status status,
      @Schema(description = "Failed attempts in a row; reset by a success or a resume")
          int consecutiveFailures,
      String createdBy,
      Instant createdAt,
      @Schema(nullable = true) Instant pausedAt) {

    static WebhookView of(Webhook w) {
      return new WebhookView(
          w.id(),
          w.url(),
          w.events(),
          w.clusterId(),
          w.status(),
          w.consecutiveFailures(),
          w.createdBy(),
          w.createdAt(),
          w.pausedAt());
    }
  }

  @Schema(name = "WebhookDelivery")
  public record DeliveryView(
      long id,
      long eventId,
      UUID caseId,
      String eventType,
      @Schema(enumeration = {"PENDING", "DELIVERED", "GIVEN_UP"}) String status,
      int attempts,
      Instant createdAt,
      @Schema(description = "When a PENDING delivery is tried next") Instant nextAttemptAt,
      @Schema(nullable = true) Instant lastAttemptAt,
      @Schema(nullable = true, description = "The HTTP status of the last answer; null: none")
          Integer lastStatus,
      @Schema(nullable = true, description = "The last answer's beginning, or why there was none")
          String lastAnswer,
      @Schema(nullable = true) Instant deliveredAt) {

    static DeliveryView of(WebhookDeliveryQueries.Delivery d) {
      return new DeliveryView(
          d.id(),
          d.eventId(),
          d.caseId(),
          d.eventType(),
          d.status(),
          d.attempts(),
          d.createdAt(),
          d.nextAttemptAt(),
          d.lastAttemptAt(),
          d.lastStatus(),
          d.lastAnswer(),
          d.deliveredAt());
    }
  }

  public record ReplayRangeRequest(
      @NotNull @PositiveOrZero Long fromEventId, @NotNull @PositiveOrZero Long toEventId) {}

  public record ReplayedView(@Schema(description = "Deliveries queued") int queued) {}

  @POST
  @Operation(
      operationId = "createWebhook",
      summary =
          "Subscribe a URL to timeline event types: each matching event is POSTed to it, signed",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "The subscription's id",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CreatedView.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "R-I-2: the URL is not http(s) or points at Sigap, or the secret is shorter than 32"
              + " bytes; nothing changed",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  public Uni<Response> create(@Valid @NotNull CreateRequest request, @Context UriInfo uri) {
    URI base = uri.getBaseUri();
    WebhookService.Self self = new WebhookService.Self(base.getHost(), portOf(base));
    return webhooks
        .create(
            actor.get().username(),
            request.url(),
            request.events(),
            request.clusterId(),
            request.secret(),
            self)
        .map(
            id ->
                Response.created(URI.create("/api/v1/webhooks/" + id))
                    .entity(new CreatedView(id))
                    .build());
  }

  @GET
  @Operation(
      operationId = "listWebhooks",
      summary = "The webhook subscriptions, without secrets",
      description = "Who may call it: ADMIN.")
  public Uni<List<WebhookView>> list() {
    return webhooks.list().map(all -> all.stream().map(WebhookView::of).toList());
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getWebhook",
      summary = "One webhook subscription, without its secret",
      description = "Who may call it: ADMIN.")
  public Uni<WebhookView> get(@PathParam("id") UUID id) {
    return webhooks.get(id).map(WebhookView::of);
  }

  @POST
  @Path("/{id}/pause")
  @Operation(
      operationId = "pauseWebhook",
      summary = "Stop sending to this subscription; events go on being queued for it",
      description = "Who may call it: ADMIN.")
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Uni<WebhookView> pause(@PathParam("id") UUID id) {
    return webhooks.setStatus(id, Webhook.Status.PAUSED).map(WebhookView::of);
  }

  @POST
  @Path("/{id}/resume")
  @Operation(
      operationId = "resumeWebhook",
      summary = "Send again to a paused subscription, what was queued first; failures reset",
      description = "Who may call it: ADMIN.")
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Uni<WebhookView> resume(@PathParam("id") UUID id) {
    return webhooks.setStatus(id, Webhook.Status.ACTIVE).map(WebhookView::of);
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "deleteWebhook",
      summary = "Delete a subscription and its delivery log; nothing more is sent to it",
      description = "Who may call it: ADMIN.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Uni<Response> delete(@PathParam("id") UUID id) {
    return webhooks.delete(id).replaceWith(Response.noContent().build());
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary =
          "The subscription's delivery log, newest first: status, attempts, the last answer and"
              + " the next attempt",
      description = "Who may call it: ADMIN.")
  public Uni<List<DeliveryView>> deliveries(
      @PathParam("id") UUID id,
      @QueryParam("status")
          @Pattern(
              regexp = "PENDING|DELIVERED|GIVEN_UP",
              message = "PENDING, DELIVERED or GIVEN_UP")
          String status,
      @QueryParam("before") @Min(1) Long before,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LOG) int limit) {
    return webhooks
        .deliveries(id, status, before, limit)
        .map(all -> all.stream().map(DeliveryView::of).toList());
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/replay")
  @Operation(
      operationId = "replayWebhookDelivery",
      summary = "Send one delivery again, as soon as the case's earlier ones are delivered",
      description = "Who may call it: ADMIN.")
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  @APIResponse(responseCode = "202", description = "Queued")
  public Uni<Response> replay(
      @PathParam("id") UUID id, @PathParam("deliveryId") @Min(1) long deliveryId) {
    return webhooks.replay(id, deliveryId).replaceWith(Response.accepted().build());
  }

  @POST
  @Path("/{id}/replay")
  @Operation(
      operationId = "replayWebhookEvents",
      summary =
          "Send again (or for the first time) every matching event with an id in the range, at"
              + " most 10,000 ids",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ReplayedView.class)))
  public Uni<Response> replayRange(
      @PathParam("id") UUID id, @Valid @NotNull ReplayRangeRequest request) {
    return webhooks
        .replayRange(id, request.fromEventId(), request.toEventId())
        .map(queued -> Response.accepted(new ReplayedView(queued)).build());
  }

  private static int portOf(URI base) {
    if (base.getPort() != -1) {
      return base.getPort();
    }
    return "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
  }
}
