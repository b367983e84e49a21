package id.sigap.security;

import id.sigap.directory.Directory;
import id.sigap.directory.UserAccount;
import id.sigap.platform.problem.Problem;
import id.sigap.platform.problem.TooManyAttempts;
import id.sigap.procedure.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Tag(name = "Sign-in")
public class AuthResource {

  /**
   * A bcrypt hash at the cost BcryptUtil gives real passwords (10), checked when the username is
   * unknown. A constant: hashing it at class init made every start slower.
   */
  static final String NO_SUCH_USER = "$2a$10$m6FCdI4FXsWUFlJF.m3OQO0i3sS3eATulREnP0KD2ZPj4wgUcxMvu";

  private final Directory directory;
  private final TokenIssuer issuer;
  private final Sessions sessions;
  private final CurrentActor actor;
  private final Vertx vertx;
  private final Clock clock;
  private final LoginThrottle throttle;

  AuthResource(
      Directory directory,
      TokenIssuer issuer,
      Sessions sessions,
      CurrentActor actor,
      Vertx vertx,
      LoginThrottle throttle) {
    this.clock = WallClock.UTC;
    this.throttle = throttle;
    this.directory = directory;
    this.issuer = issuer;
    this.sessions = sessions;
    this.actor = actor;
    this.vertx = vertx;
  }

  public record LoginRequest(
      @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {}

  public record SignedInUser(
      String username,
      String displayName,
      @Schema(implementation = Role.class) String role,
      @Schema(nullable = true) String clusterId) {}

  public record LoginResponse(
      String accessToken,
      String tokenType,
      @Schema(description = "Seconds the access token lives: at most 15 minutes") long expiresIn,
      SignedInUser user,
      @Schema(description = "Single use: POST /api/v1/auth/refresh trades it for new tokens")
          String refreshToken,
      @Schema(description = "Seconds until the session ends and a new sign-in is needed")
          long refreshExpiresIn) {}

  public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {}

  @POST
  @Path("/login")
  @PermitAll
  @Operation(
      summary = "Sign in with username and password; returns a bearer token",
      description =
          "Answers accessToken (send it as Authorization: Bearer, it lives expiresIn seconds) and a single-use refreshToken for POST /api/v1/auth/refresh. No token needed.")
  @APIResponse(responseCode = "200", description = "Signed in")
  @APIResponse(
      responseCode = "401",
      description = "Unknown user or wrong password",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "429",
      description =
          "Too many failed sign-ins for the username or from the address; Retry-After says how"
              + " many seconds to wait",
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
  public Uni<LoginResponse> login(
      @Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
    LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(request.username(), addressOf(http));
    return throttle
        .lockedFor(attempt)
        .chain(
            locked ->
                locked.isPresent()
                    ? Uni.createFrom().<UserAccount>failure(new TooManyAttempts(locked.get()))
                    : directory
                        .user(request.username())
                        .chain(
                            user -> vertx.executeBlocking(() -> verified(user, request.password())))
                        .onFailure(AuthenticationFailedException.class)
                        .call(() -> throttle.failed(attempt))
                        .call(() -> throttle.succeeded(attempt)))
        .chain(this::signIn);
  }

  /** The caller's address; behind a proxy, the forwarded one when forwarding is configured. */
  static String addressOf(HttpServerRequest http) {
    return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
  }

  @POST
  @Path("/refresh")
  @PermitAll
  @Operation(
      summary =
          "Trade a refresh token for a new access token and a new refresh token; each refresh"
              + " token works once, and a reused one ends the session",
      description = "Answers as sign-in does. No token needed.")
  @APIResponse(responseCode = "200", description = "New tokens in the same session")
  @APIResponse(
      responseCode = "401",
      description = "Unknown, used, revoked or expired refresh token",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<LoginResponse> refresh(@Valid @NotNull RefreshRequest request) {
    return sessions
        .rotate(request.refreshToken())
        .map(
            opened ->
                opened.orElseThrow(
                    () -> new AuthenticationFailedException("refresh token refused")))
        .chain(
            opened ->
                directory
                    .user(opened.username())
                    .map(
                        user -> {
                          if (user == null || user.isDeactivated()) {
                            throw new AuthenticationFailedException("no such user");
                          }
                          return respond(user, opened);
                        }));
  }

  @POST
  @Path("/logout")
  @Authenticated
  @Operation(
      summary =
          "Sign out everywhere: every session of the signed-in user ends, with its refresh token,"
              + " and their open streams close (code 4401) within seconds",
      description = "Any signed-in role may call it.")
  @APIResponse(responseCode = "204", description = "Signed out")
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Uni<Response> logout() {
    return sessions.revokeAll(actor.get().username()).replaceWith(Response.noContent().build());
  }

  /** Bcrypt is slow by design: it runs on a worker thread, never on the event loop. */
  private static UserAccount verified(UserAccount user, String password) {
    if (user == null) {
      // as slow as a wrong password, so that timing does not tell which usernames exist
      BcryptUtil.matches(password, NO_SUCH_USER);
      throw new AuthenticationFailedException("wrong username or password");
    }
    if (user.isService()
        || user.isDeactivated()
        || user.signsInAtTheProvider()
        || !user.hasPassword()
        || !BcryptUtil.matches(password, user.passwordHash)) {
      throw new AuthenticationFailedException("wrong username or password");
    }
    return user;
  }

  private Uni<LoginResponse> signIn(UserAccount user) {
    return sessions.open(user.username).map(opened -> respond(user, opened));
  }

  private LoginResponse respond(UserAccount user, Sessions.Opened session) {
    TokenIssuer.IssuedToken token =
        issuer.issue(
            user.username,
            user.displayName,
            user.role,
            user.clusterId,
            session.sessionId(),
            session.expiresAt());
    return new LoginResponse(
        token.token(),
        "Bearer",
        token.expiresInSeconds(),
        new SignedInUser(user.username, user.displayName, user.role.name(), user.clusterId),
        session.refreshToken(),
        Math.max(0, Duration.between(clock.instant(), session.expiresAt()).toSeconds()));
  }
}
