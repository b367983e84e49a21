package id.sigap.security;

import id.sigap.procedure.Role;
import id.sigap.procedure.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/service-accounts")
@Tag(name = "Service accounts")
@RolesAllowed(Roles.ADMIN)
public class ServiceAccountResource {

  private final ServiceAccounts accounts;
  private final CurrentActor actor;

  ServiceAccountResource(ServiceAccounts accounts, CurrentActor actor) {
    this.accounts = accounts;
    this.actor = actor;
  }

  public record CreateRequest(
      @NotNull
          @Pattern(
              regexp = "[a-z][a-z0-9-]{2,47}",
              message = "3 to 48 lowercase letters, digits or dashes, starting with a letter")
          @Schema(examples = "telkomcare-ingest")
          String name,
      @NotNull @Schema(description = "One of the roles people have, except ADMIN") Role role,
      @Size(max = 16)
          @Schema(nullable = true, description = "Required for AGENT and TEAM_LEADER, else absent")
          String clusterId) {}

  public record AccountView(
      String id,
      @Schema(description = "The client_id for POST /api/v1/auth/token") String clientId,
      String name,
      @Schema(implementation = Role.class) String role,
      @Schema(nullable = true) String clusterId,
      String createdBy,
      java.time.Instant createdAt,
      @Schema(nullable = true) java.time.Instant revokedAt) {

    static AccountView of(ServiceAccounts.Account a) {
      return new AccountView(
          a.id(),
          a.id(),
          a.name(),
          a.role().name(),
          a.clusterId(),
          a.createdBy(),
          a.createdAt(),
          a.revokedAt());
    }
  }

  public record CreatedView(
      AccountView account,
      @Schema(description = "Shown once: only a hash of it is kept") String clientSecret) {}

  @POST
  @Operation(
      operationId = "createServiceAccount",
      summary = "Create an integrator's service account; its secret is shown only now",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "The account and its secret",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CreatedView.class)))
  public Uni<Response> create(@Valid @NotNull CreateRequest request) {
    return accounts
        .create(actor.get().username(), request.name(), request.role(), request.clusterId())
        .map(
            created ->
                Response.created(URI.create("/api/v1/service-accounts/" + created.account().id()))
                    .entity(new CreatedView(AccountView.of(created.account()), created.secret()))
                    .build());
  }

  @GET
  @Operation(
      operationId = "listServiceAccounts",
      summary = "The service accounts, revoked ones included, without secrets",
      description = "Who may call it: ADMIN.")
  public Uni<List<AccountView>> list() {
    return accounts.list().map(list -> list.stream().map(AccountView::of).toList());
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "revokeServiceAccount",
      summary = "Revoke a service account: its tokens are refused and its streams close at once",
      description = "Who may call it: ADMIN.")
  @APIResponse(responseCode = "204", description = "Revoked (also when it already was)")
  public Uni<Response> revoke(@PathParam("id") String id) {
    return accounts.revoke(actor.get().username(), id).replaceWith(Response.noContent().build());
  }
}
