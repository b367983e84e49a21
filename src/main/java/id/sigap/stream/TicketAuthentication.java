package id.sigap.stream;

import id.sigap.security.CurrentActor;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Signs in the upgrade of {@code /api/v1/stream?ticket=...} with a redeemed stream ticket. */
final class TicketAuthentication {

  static final String STREAM_PATH = "/api/v1/stream";

  private TicketAuthentication() {}

  static final class TicketRequest extends BaseAuthenticationRequest {
    final String ticket;

    TicketRequest(String ticket) {
      this.ticket = ticket;
    }
  }

  @ApplicationScoped
  static class Mechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(
        RoutingContext context, IdentityProviderManager identityProviderManager) {
      String ticket = context.request().getParam("ticket");
      if (ticket == null || !STREAM_PATH.equals(context.normalizedPath())) {
        return Uni.createFrom().nullItem();
      }
      return identityProviderManager.authenticate(new TicketRequest(ticket));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
      return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
      return Set.of(TicketRequest.class);
    }
  }

  @ApplicationScoped
  static class Provider implements IdentityProvider<TicketRequest> {

    private final StreamTickets tickets;

    Provider(StreamTickets tickets) {
      this.tickets = tickets;
    }

    @Override
    public Class<TicketRequest> getRequestType() {
      return TicketRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        TicketRequest request, AuthenticationRequestContext context) {
      return tickets
          .redeem(request.ticket)
          .map(
              holder ->
                  holder
                      .<SecurityIdentity>map(
                          actor -> {
                            var identity =
                                QuarkusSecurityIdentity.builder()
                                    .setPrincipal(new QuarkusPrincipal(actor.username()))
                                    .addRole(actor.role().name());
                            if (actor.clusterId() != null) {
                              identity.addAttribute(CurrentActor.CLUSTER_CLAIM, actor.clusterId());
                            }
                            return identity.build();
                          })
                      .orElseThrow(
                          () ->
                              new AuthenticationFailedException(
                                  "unknown, used or expired ticket")));
    }
  }
}
