package id.sigap.stream;

import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import id.sigap.security.Sessions;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stream/tickets")
@Tag(name = "Stream")
public class StreamTicketResource {

  private final StreamTickets tickets;
  private final CurrentActor actor;
  private final Sessions sessions;
  private final SecurityIdentity identity;

  StreamTicketResource(
      StreamTickets tickets, CurrentActor actor, Sessions sessions, SecurityIdentity identity) {
    this.tickets = tickets;
    this.actor = actor;
    this.sessions = sessions;
    this.identity = identity;
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
      operationId = "issueStreamTicket",
      summary =
          "A single-use ticket, valid for seconds, to open the WebSocket /api/v1/stream?ticket=..."
              + " from a browser",
      description =
          "Integrators listen with the role their account plays; a CTI account acts only for someone. Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET, LIAISON_OFFICER, ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "The ticket",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = StreamTickets.Ticket.class)))
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Uni<Response> issue() {
    return sessions
        .forStream(identity)
        .chain(session -> tickets.issue(actor.get(), session.orElse(null)))
        .map(t -> Response.status(201).entity(t).build());
  }
}
