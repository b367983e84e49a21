package id.sigap.push;

import id.sigap.platform.persistence.StatementPool;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The push tables: subscriptions, the VAPID key pair when none is configured, and the outbox that a
 * trigger on the timeline fills; claimed here with {@code SKIP LOCKED} and a lease so that each
 * push is sent by one replica once.
 */
@ApplicationScoped
class PushQueries {

  /** A push claimed for sending. */
  record Claimed(
      long id,
      UUID subscriptionId,
      long eventId,
      Instant createdAt,
      String endpoint,
      String p256dh,
      String auth,
      UUID caseId,
      String type,
      Instant at,
      String details) {}

  private static final String UPSERT =
      """
      insert into push_subscription (id, username, endpoint, p256dh, auth, created_at, updated_at)
      values ($1, $2, $3, $4, $5, $6, $6)
      on conflict (endpoint) do update
      set username = excluded.username, p256dh = excluded.p256dh, auth = excluded.auth,
          updated_at = excluded.updated_at
      returning id
      """;

  private static final String CLAIM =
      """
      with claimed as (
        update push_delivery d
        set leased_until = $2, attempts = d.attempts + 1
        where d.id in (
          select p.id from push_delivery p
          where p.status = 'PENDING' and p.next_attempt_at <= $1
            and (p.leased_until is null or p.leased_until < $1)
          order by p.id
          limit $3
          for update of p skip locked)
        returning d.id, d.subscription_id, d.event_id, d.created_at)
      select c.id, c.subscription_id, c.event_id, c.created_at, s.endpoint, s.p256dh, s.auth,
             e.case_id, e.type, e.at, e.details
      from claimed c
      join push_subscription s on s.id = c.subscription_id
      join case_event e on e.id = c.event_id
      order by c.id
      """;

  private final Pool pool;

  PushQueries(@StatementPool Pool pool) {
    this.pool = pool;
  }

  Uni<UUID> upsert(String username, String endpoint, String p256dh, String auth, Instant now) {
    return pool.preparedQuery(UPSERT)
        .execute(
            Tuple.from(
                new Object[] {UUID.randomUUID(), username, endpoint, p256dh, auth, utc(now)}))
        .map(rows -> rows.iterator().next().getUUID("id"));
  }

  /** Deletes the user's subscription of that endpoint: false when they had none. */
  Uni<Boolean> delete(String username, String endpoint) {
    return pool.preparedQuery("delete from push_subscription where username = $1 and endpoint = $2")
        .execute(Tuple.of(username, endpoint))
        .map(rows -> rows.rowCount() > 0);
  }

  /** The push service said the subscription is gone (404 or 410). */
  Uni<Void> forget(UUID subscriptionId) {
    return pool.preparedQuery("delete from push_subscription where id = $1")
        .execute(Tuple.of(subscriptionId))
        .replaceWithVoid();
  }

  Uni<Long> countFor(String username) {
    return pool.preparedQuery("select count(*) as n from push_subscription where username = $1")
        .execute(Tuple.of(username))
        .map(rows -> rows.iterator().next().getLong("n"));
  }

  /** The stored VAPID key pair: {public, private}, base64url. */
  Uni<Optional<String[]>> vapidKey() {
    return pool.query("select public_key, private_key from push_vapid_key where id = 1")
        .execute()
        .map(
            rows ->
                rows.size() == 0
                    ? Optional.empty()
                    : Optional.of(
                        new String[] {
                          rows.iterator().next().getString("public_key"),
                          rows.iterator().next().getString("private_key")
                        }));
  }

  /** Keeps the key pair unless another replica stored one first: the stored one wins. */
  Uni<Void> storeVapidKey(String publicKey, String privateKey, Instant now) {
    return pool.preparedQuery(
            "insert into push_vapid_key (id, public_key, private_key, created_at)"
                + " values (1, $1, $2, $3) on conflict (id) do nothing")
        .execute(Tuple.of(publicKey, privateKey, utc(now)))
        .replaceWithVoid();
  }

  Uni<List<Claimed>> claim(Instant now, Instant leaseUntil, int limit) {
    return pool.preparedQuery(CLAIM)
        .execute(Tuple.of(utc(now), utc(leaseUntil), limit))
        .map(
            rows -> {
              List<Claimed> claimed = new ArrayList<>();
              for (Row row : rows) {
                claimed.add(
                    new Claimed(
                        row.getLong("id"),
                        row.getUUID("subscription_id"),
                        row.getLong("event_id"),
                        row.getOffsetDateTime("created_at").toInstant(),
                        row.getString("endpoint"),
                        row.getString("p256dh"),
                        row.getString("auth"),
                        row.getUUID("case_id"),
                        row.getString("type"),
                        row.getOffsetDateTime("at").toInstant(),
                        row.getString("details")));
              }
              return claimed;
            });
  }

  Uni<Void> sent(long id, UUID subscriptionId, int status, Instant now) {
    return pool.preparedQuery(
            """
            with d as (
              update push_delivery set status = 'SENT', last_status = $3, sent_at = $4,
                                       leased_until = null
              where id = $1 and status = 'PENDING')
            update push_subscription set last_success_at = $4 where id = $2
            """)
        .execute(Tuple.of(id, subscriptionId, status, utc(now)))
        .replaceWithVoid();
  }

  /** A failed attempt: tried again at {@code retryAt}, or given up when {@code retryAt} is null. */
  Uni<Void> failed(long id, Integer status, Instant retryAt) {
    return pool.preparedQuery(
            "update push_delivery set status = case when $3::timestamptz is null then 'GIVEN_UP'"
                + " else 'PENDING' end, next_attempt_at = coalesce($3, next_attempt_at),"
                + " last_status = $2, leased_until = null where id = $1 and status = 'PENDING'")
        .execute(Tuple.of(id, status, utc(retryAt)))
        .replaceWithVoid();
  }

  /**
   * Pushes queued before {@code before} go, whatever became of them: one still pending then is long
   * past its TTL (or push is switched off).
   */
  Uni<Integer> purge(Instant before) {
    return pool.preparedQuery("delete from push_delivery where created_at < $1")
        .execute(Tuple.of(utc(before)))
        .map(rows -> rows.rowCount());
  }

  static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
