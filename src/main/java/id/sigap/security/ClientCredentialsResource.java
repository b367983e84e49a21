package id.sigap.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.sigap.platform.problem.Problem;
import id.sigap.platform.problem.TooManyAttempts;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** OAuth 2.0 client credentials (RFC 6749, 4.4) for integrators' service accounts. */
@Path("/api/v1/auth/token")
@Tag(name = "Sign-in")
public class ClientCredentialsResource {

  private final ServiceAccounts accounts;
  private final Sessions sessions;
  private final TokenIssuer issuer;
  private final LoginThrottle throttle;

  ClientCredentialsResource(
      ServiceAccounts accounts, Sessions sessions, TokenIssuer issuer, LoginThrottle throttle) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.issuer = issuer;
    this.throttle = throttle;
  }

  public record TokenResponse(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("expires_in") long expiresIn) {}

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      operationId = "issueClientCredentialsToken",
      summary =
          "Trade a service account's client id and secret for a short-lived bearer token"
              + " (grant_type=client_credentials)",
      description =
          "A form with grant_type=client_credentials, client_id and client_secret (from POST /api/v1/service-accounts); answers access_token for Authorization: Bearer. No token needed.")
  @APIResponse(responseCode = "200", description = "The token")
  @APIResponse(
      responseCode = "401",
      description = "Unknown client, wrong secret or revoked account",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many failures for the client or from the address; see Retry-After",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<TokenResponse> token(
      @FormParam("grant_type") @Size(max = 64) String grantType,
      @FormParam("client_id") @Size(max = 64) String clientId,
      @FormParam("client_secret") @Size(max = 200) String clientSecret,
      @Context HttpServerRequest http) {
    if (!"client_credentials".equals(grantType)) {
      throw new BadRequestException("grant_type must be client_credentials");
    }
    if (clientId == null || clientSecret == null) {
      throw new BadRequestException("client_id and client_secret are required");
    }
    String address = AuthResource.addressOf(http);
    LoginThrottle.Attempt attempt = new LoginThrottle.Attempt("client:" + clientId, address);
    return throttle
        .lockedFor(attempt)
        .chain(
            locked ->
                locked.isPresent()
                    ? Uni.createFrom()
                        .<ServiceAccounts.Account>failure(new TooManyAttempts(locked.get()))
                    : accounts
                        .authenticate(clientId, clientSecret, address)
                        .chain(
                            account ->
                                account.isPresent()
                                    ? throttle.succeeded(attempt).replaceWith(account.get())
                                    : throttle
                                        .failed(attempt)
                                        .chain(
                                            () ->
                                                Uni.createFrom()
                                                    .failure(
                                                        new AuthenticationFailedException(
                                                            "client refused")))))
        .chain(
            account ->
                sessions
                    .openWithoutRefresh(account.name(), issuer.lifetime())
                    .map(
                        session -> {
                          TokenIssuer.IssuedToken token =
                              issuer.issue(
                                  account.name(),
                                  account.name(),
                                  account.role(),
                                  account.clusterId(),
                                  session.sessionId(),
                                  session.expiresAt());
                          return new TokenResponse(
                              token.token(), "Bearer", token.expiresInSeconds());
                        }));
  }
}
