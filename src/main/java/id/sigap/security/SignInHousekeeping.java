package id.sigap.security;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what sign-in leaves behind once it can no longer matter: sessions ended or expired more
 * than a day ago with their refresh tokens, throttle records whose window and lock have passed
 * (stream tickets are the stream's to purge). Idempotent, so every replica may run it.
 */
@ApplicationScoped
public class SignInHousekeeping {

  static final Duration KEEP_SESSIONS = Duration.ofDays(1);

  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final Clock clock = WallClock.UTC;

  SignInHousekeeping(Sessions sessions, LoginThrottle throttle) {
    this.sessions = sessions;
    this.throttle = throttle;
  }

  @Scheduled(
      every = "${sigap.security.housekeeping-interval}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return purge().onFailure().recoverWithNull().replaceWithVoid();
  }

  public Uni<Void> purge() {
    Instant now = clock.instant();
    return sessions
        .purgeEndedBefore(now.minus(KEEP_SESSIONS))
        .chain(() -> throttle.purgePassed(now));
  }
}
