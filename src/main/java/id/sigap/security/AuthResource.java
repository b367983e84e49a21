package id.sigap.security;

import id.sigap.directory.Directory;
import id.sigap.directory.UserAccount;
import id.sigap.platform.problem.Problem;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Tag(name = "Sign-in")
public class AuthResource {

  private final Directory directory;
  private final TokenIssuer issuer;
  private final Vertx vertx;

  AuthResource(Directory directory, TokenIssuer issuer, Vertx vertx) {
    this.directory = directory;
    this.issuer = issuer;
    this.vertx = vertx;
  }

  public record LoginRequest(
      @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {}

  public record SignedInUser(String username, String displayName, String role, String clusterId) {}

  public record LoginResponse(
      String accessToken, String tokenType, long expiresIn, SignedInUser user) {}

  @POST
  @Path("/login")
  @PermitAll
  @Operation(summary = "Sign in with username and password; returns a bearer token")
  @APIResponse(responseCode = "200", description = "Signed in")
  @APIResponse(
      responseCode = "401",
      description = "Unknown user or wrong password",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing username or password",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<LoginResponse> login(@Valid LoginRequest request) {
    return directory
        .user(request.username())
        .chain(user -> vertx.executeBlocking(() -> verified(user, request.password())))
        .map(this::signIn);
  }

  /** Bcrypt is slow by design: it runs on a worker thread, never on the event loop. */
  private static UserAccount verified(UserAccount user, String password) {
    if (user == null || !BcryptUtil.matches(password, user.passwordHash)) {
      throw new AuthenticationFailedException("wrong username or password");
    }
    return user;
  }

  private LoginResponse signIn(UserAccount user) {
    TokenIssuer.IssuedToken token = issuer.issue(user);
    return new LoginResponse(
        token.token(),
        "Bearer",
        token.expiresInSeconds(),
        new SignedInUser(user.username, user.displayName, user.role.name(), user.clusterId));
  }
}
