package id.sigap.customers;

import id.sigap.platform.problem.Problem;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-C-8: one customer across calls and channels: their record, found by any identifier. */
@Path("/api/v1/customers")
@Tag(name = "Customers")
@WithSession
public class CustomerResource {

  private final Customers customers;
  private final CurrentActor actor;

  CustomerResource(Customers customers, CurrentActor actor) {
    this.customers = customers;
    this.actor = actor;
  }

  public record MergeRequest(
      @NotBlank
          @Size(max = 64)
          @Schema(description = "The customer this one is the same person as, who stays")
          String into,
      @NotBlank
          @Size(max = 1000)
          @Schema(examples = "Same person: the service number's owner called from a second number")
          String reason) {}

  public record UndoMergeRequest(
      @NotBlank @Size(max = 1000) @Schema(examples = "Two people: father and son share a name")
          String reason) {}

  @GET
  @RolesAllowed({
    Roles.AGENT,
    Roles.TEAM_LEADER,
    Roles.SUPERVISOR,
    Roles.MANAGER,
    Roles.QC,
    Roles.PIC_TICKET
  })
  @Operation(
      operationId = "findCustomer",
      summary =
          "The customer with this phone number (+62, 62 or 0, spaces or dashes), service number or"
              + " name, with their cases and their open hard complaint (R-C-8)",
      description =
          "Give exactly one of phone, serviceNumber and name. A customer merged into another"
              + " answers the one it went into; a name answers its newest match and lists the"
              + " others. Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC,"
              + " PIC_TICKET.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CustomerRecord.class)))
  @APIResponse(
      responseCode = "404",
      description = "No customer with this number or name",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<CustomerRecord> find(
      @QueryParam("phone") @Size(max = 40) @Parameter(example = "0812-3456-7890") String phone,
      @QueryParam("serviceNumber")
          @Size(max = 40)
          @Parameter(
              description = "An IndiHome or internet service number",
              example = "1221-0123-4567")
          String serviceNumber,
      @QueryParam("name")
          @Size(max = 200)
          @Parameter(description = "Part of the customer's name, two letters at least")
          String name) {
    return customers.find(actor.get(), new Customers.Search(phone, serviceNumber, name));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.AGENT,
    Roles.TEAM_LEADER,
    Roles.SUPERVISOR,
    Roles.MANAGER,
    Roles.QC,
    Roles.PIC_TICKET
  })
  @Operation(
      operationId = "getCustomer",
      summary = "One customer's record, also when merged into another (R-C-8)",
      description =
          "Identifiers, cases as the caller may see them, merges and the record's timeline. Who"
              + " may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CustomerRecord.class)))
  @APIResponse(
      responseCode = "404",
      description = "No customer has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<CustomerRecord> get(@PathParam("id") @Size(max = 64) String id) {
    return customers.get(actor.get(), id);
  }

  @POST
  @Path("/{id}/merges")
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "mergeCustomer",
      summary = "Merge this customer into another, the same person, with a reason (R-C-8)",
      description =
          "Nothing moves: the merged customer points to the one it went into, whose record then"
              + " shows both customers' identifiers and cases; the reason is on both timelines."
              + " Who may call it: AGENT, TEAM_LEADER, SUPERVISOR.")
  @APIResponse(
      responseCode = "201",
      description = "The merge",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CustomerRecord.MergeView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No customer has one of the ids",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Refused by R-C-8: one of them is already merged into another customer; nothing changed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "Refused by R-C-8: a customer into themselves; nothing changed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> merge(
      @PathParam("id") @Size(max = 64) String id, @Valid @NotNull MergeRequest request) {
    return customers
        .merge(actor.get(), id, request.into(), request.reason())
        .map(
            merge ->
                Response.status(201)
                    .location(URI.create("/api/v1/customers/" + merge.merged()))
                    .entity(merge)
                    .build());
  }

  @POST
  @Path("/merges/{id}/undo")
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "undoCustomerMerge",
      summary = "Undo a merge of two customers, with a reason (R-C-8)",
      description =
          "Each customer has their own identifiers and cases again; the reason is on both"
              + " timelines. Who may call it: AGENT, TEAM_LEADER, SUPERVISOR.")
  @APIResponse(
      responseCode = "200",
      description = "The merge, undone",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CustomerRecord.MergeView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No merge has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Refused by R-C-8: the merge is not in force; nothing changed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<CustomerRecord.MergeView> undo(
      @PathParam("id") @Size(max = 64) String id, @Valid @NotNull UndoMergeRequest request) {
    return customers.undo(actor.get(), id, request.reason());
  }
}
