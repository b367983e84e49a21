package id.sigap.security;

import id.sigap.directory.UserAccountRepository;
import id.sigap.security.ProviderClaims.ProviderUser;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Keeps the identity provider's people in {@code user_account}, which cases, hands and events
 * reference: written on first sign-in, updated when the token's name, role or cluster differ from
 * the row (a change of role or cluster then ends the person's Sigap sessions and streams, V20).
 *
 * <p>A row belongs to one subject of the provider: a username held by a service account, or bound
 * to another subject, is not taken over, and that token gets no role.
 */
@ApplicationScoped
public class ProviderUsers {

  private static final Logger LOG = Logger.getLogger(ProviderUsers.class);

  /** How long a written row is trusted to be as the token says, before it is written again. */
  static final Duration RECHECK = Duration.ofMinutes(5);

  private static final int MAX_REMEMBERED = 10_000;

  private final UserAccountRepository accounts;
  private final Clock clock = WallClock.UTC;
  private final Map<String, Written> written = new ConcurrentHashMap<>();

  ProviderUsers(UserAccountRepository accounts) {
    this.accounts = accounts;
  }

  private record Written(ProviderUser user, Instant at) {
    boolean sameAs(ProviderUser other) {
      return Objects.equals(user.subject(), other.subject())
          && user.displayName().equals(other.displayName())
          && user.role().equals(other.role())
          && Objects.equals(user.clusterId(), other.clusterId());
    }
  }

  /**
   * Writes the person (who must have a role) to {@code user_account}; false when the row is not
   * theirs to write or the cluster does not exist.
   */
  public Uni<Boolean> record(ProviderUser user) {
    Instant now = clock.instant();
    Written last = written.get(user.username());
    if (last != null && last.sameAs(user) && last.at().plus(RECHECK).isAfter(now)) {
      return Uni.createFrom().item(true);
    }
    return accounts
        .recordProviderPerson(
            user.username(),
            user.displayName(),
            user.role().orElseThrow().name(),
            user.clusterId(),
            user.subject())
        .map(
            theirs -> {
              if (!theirs) {
                LOG.warnf(
                    "%s of the identity provider gets no role: the username belongs to a service"
                        + " account or to another subject",
                    user.username());
              }
              return theirs;
            })
        .onFailure(ProviderUsers::isConstraintViolation)
        .recoverWithItem(
            failure -> {
              LOG.warnf(
                  "%s of the identity provider gets no role: %s",
                  user.username(), failure.getMessage());
              return false;
            })
        .invoke(
            ok -> {
              if (!ok) {
                written.remove(user.username());
                return;
              }
              if (written.size() >= MAX_REMEMBERED) {
                written.clear();
              }
              written.put(user.username(), new Written(user, now));
            });
  }

  /** An unknown cluster, or a subject already bound to another username. */
  private static boolean isConstraintViolation(Throwable failure) {
    return failure instanceof PgException pg
        && pg.getSqlState() != null
        && pg.getSqlState().startsWith("23");
  }
}
