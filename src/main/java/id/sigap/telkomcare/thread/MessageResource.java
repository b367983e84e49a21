package id.sigap.telkomcare.thread;

import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// No @WithSession: each delivery opens its own session, so a lost race can be retried afresh.
@Path("/api/v1/telkomcare/messages")
@Tag(name = "TelkomCare")
public class MessageResource {

  private final TelkomCareThreads threads;
  private final CurrentActor actor;

  MessageResource(TelkomCareThreads threads, CurrentActor actor) {
    this.threads = threads;
    this.actor = actor;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.PIC_TICKET, Roles.SUPERVISOR, Roles.AGENT})
  @Operation(
      operationId = "receiveTelkomCareMessage",
      summary = "Receive one post or e-mail from a social-listening tool (R-TC-1, R-TC-2)",
      description =
          "Joins the author's open TelkomCare case (one per handle, or name for e-mail without"
              + " one, channel and platform, until it closes) or opens one, judges the whole"
              + " thread again and reports it to the cluster's TL the moment it is hard. The"
              + " author is one customer on every platform once an agent merged their records"
              + " (R-C-8): the burst of C-TC-2 counts the messages of all their open threads."
              + " Idempotent on `externalId`. Limits as for assessments: `text` 1 to 5,000"
              + " characters, `at` ISO-8601, `channel` SOCIAL or EMAIL, `platform` (optional)"
              + " one that fits the channel, else 400 naming R-C-8; `handle` and `name` at most"
              + " 100 characters, `bio` at most 1,000, `followers` at least 0. Who may call it:"
              + " AGENT, SUPERVISOR, PIC_TICKET, ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "A new message, with what it did",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MessageResult.class)))
  @APIResponse(
      responseCode = "200",
      description = "A retry: the first delivery's answer",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MessageResult.class)))
  public Uni<Response> receive(@Valid @NotNull MessageRequest request) {
    return threads
        .receive(actor.get(), request)
        .map(
            received ->
                received.first()
                    ? Response.created(URI.create("/api/v1/cases/" + received.result().caseId()))
                        .entity(received.result())
                        .build()
                    : Response.ok(received.result()).build());
  }
}
