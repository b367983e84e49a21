package id.sigap.stream;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.procedure.Actor;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Short-lived, single-use tickets that let a browser open the stream without a token in a URL. */
@ApplicationScoped
public class StreamTickets {

  // per bean, not static: a static one would be seeded when the native image is built
  private final SecureRandom random = new SecureRandom();

  private final Pool pool;
  private final Clock clock;
  private final Duration lifetime;

  StreamTickets(@StatementPool Pool pool, Clock clock, StreamConfig config) {
    this.pool = pool;
    this.clock = clock;
    this.lifetime = config.ticketLifetime();
  }

  @RegisterForReflection // written inside a Response
  @Schema(name = "StreamTicket")
  public record Ticket(
      @Schema(description = "Single use: GET /api/v1/stream?ticket=... with it") String ticket,
      @Schema(description = "Seconds it stays valid") long expiresIn) {}

  /** Who redeemed a ticket, and the sign-in session it was asked for in. */
  record Holder(Actor actor, UUID session) {}

  public Uni<Ticket> issue(Actor actor, UUID session) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expiresAt = clock.instant().plus(lifetime);
    return pool.preparedQuery(
            "insert into stream_ticket (ticket, username, role, cluster_id, expires_at,"
                + " session_id) values ($1, $2, $3, $4, $5, $6)")
        .execute(
            Tuple.of(
                ticket,
                actor.username(),
                actor.role().name(),
                actor.clusterId(),
                expiresAt.atOffset(ZoneOffset.UTC),
                session))
        .replaceWith(new Ticket(ticket, lifetime.toSeconds()));
  }

  /** How long an expired ticket is kept: long enough to read what a failed stream start met. */
  static final Duration KEEP_EXPIRED = Duration.ofHours(1);

  @Scheduled(
      every = "${sigap.security.housekeeping-interval}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduledPurge() {
    return purgeExpired().onFailure().recoverWithNull().replaceWithVoid();
  }

  /**
   * Deletes tickets expired over {@link #KEEP_EXPIRED} ago; idempotent, so every replica runs it.
   */
  public Uni<Void> purgeExpired() {
    return pool.preparedQuery("delete from stream_ticket where expires_at < $1")
        .execute(Tuple.of(clock.instant().minus(KEEP_EXPIRED).atOffset(ZoneOffset.UTC)))
        .replaceWithVoid();
  }

  /** Marks the ticket used and returns its holder; empty when unknown, used or expired. */
  Uni<Optional<Holder>> redeem(String ticket) {
    return pool.preparedQuery(
            "update stream_ticket set used_at = $2"
                + " where ticket = $1 and used_at is null and expires_at > $2"
                + " returning username, role, cluster_id, session_id")
        .execute(Tuple.of(ticket, clock.instant().atOffset(ZoneOffset.UTC)))
        .map(StreamTickets::holderOf);
  }

  private static Optional<Holder> holderOf(RowSet<Row> rows) {
    if (!rows.iterator().hasNext()) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    return Optional.of(
        new Holder(
            new Actor(
                row.getString("username"),
                id.sigap.procedure.Role.valueOf(row.getString("role")),
                row.getString("cluster_id")),
            row.getUUID("session_id")));
  }
}
