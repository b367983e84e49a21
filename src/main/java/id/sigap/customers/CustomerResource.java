package id.sigap.customers;

import id.sigap.cases.CaseService;
import id.sigap.cases.CustomerView;
import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.Problem;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-C-8: one customer across calls: their cases found by phone number. */
@Path("/api/v1/customers")
@Tag(name = "Customers")
@WithSession
public class CustomerResource {

  static final int MAX_CASES = 200;

  private final CaseService cases;
  private final CurrentActor actor;

  CustomerResource(CaseService cases, CurrentActor actor) {
    this.cases = cases;
    this.actor = actor;
  }

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
          "The customer with this phone number (+62, 62 or 0, spaces or dashes), with their cases"
              + " and their open hard complaint (R-C-8)",
      description = "Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CustomerView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No case of a customer with this number that the caller may see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<CustomerView> find(
      @QueryParam("phone")
          @NotBlank
          @Size(max = 40)
          @Parameter(required = true, example = "0812-3456-7890")
          String phone) {
    return cases
        .customer(actor.get(), phone, MAX_CASES)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Customer", phone));
  }
}
