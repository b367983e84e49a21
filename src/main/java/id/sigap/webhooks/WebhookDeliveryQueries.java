package id.sigap.webhooks;

import static id.sigap.webhooks.WebhookRepository.instant;
import static id.sigap.webhooks.WebhookRepository.utc;

import id.sigap.cases.EventCodec;
import id.sigap.platform.persistence.StatementPool;
import id.sigap.procedure.event.EventType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The webhook outbox (R-I-2): rows are queued by a trigger on the timeline, claimed here with
 * {@code SKIP LOCKED} and a lease so that each is sent by one replica at a time, and marked with
 * each attempt's answer.
 */
@ApplicationScoped
class WebhookDeliveryQueries {

  /** A delivery claimed for sending: where, with which secret, and the body to send. */
  record Claimed(
      long id,
      UUID subscriptionId,
      long eventId,
      int attempts,
      String url,
      String secret,
      String body) {}

  /** One row of the delivery log. */
  record Delivery(
      long id,
      long eventId,
      UUID caseId,
      String eventType,
      String status,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant lastAttemptAt,
      Integer lastStatus,
      String lastAnswer,
      Instant deliveredAt) {}

  /** What a failed attempt led to. */
  record Failure(boolean givenUp, boolean subscriptionPaused) {}

  private static final String CLAIM =
      """
      with candidate as (
        select p.id, p.subscription_id, p.event_id from webhook_delivery p
        join webhook_subscription s on s.id = p.subscription_id
        where p.status = 'PENDING' and s.status = 'ACTIVE' and p.next_attempt_at <= $1
          and (p.leased_until is null or p.leased_until < $1)
          and not exists (
            select 1 from webhook_delivery e
            where e.subscription_id = p.subscription_id and e.case_id = p.case_id
              and e.event_id < p.event_id and e.status = 'PENDING')
        order by p.event_id
        limit $3 * 4),
      sending as (
        select subscription_id, count(*) as n from webhook_delivery
        where status = 'PENDING' and leased_until is not null and leased_until >= $1
        group by subscription_id),
      within_cap as (
        select c.id, c.event_id from (
          select c.*, row_number() over (partition by c.subscription_id order by c.event_id) as n
          from candidate c) c
        left join sending l on l.subscription_id = c.subscription_id
        where c.n + coalesce(l.n, 0) <= $4),
      claimed as (
        update webhook_delivery d
        set leased_until = $2, attempts = d.attempts + 1,
            first_attempt_at = coalesce(d.first_attempt_at, $1), last_attempt_at = $1
        where d.id in (
          select p.id from webhook_delivery p
          where p.id in (select id from within_cap)
            and p.status = 'PENDING' and (p.leased_until is null or p.leased_until < $1)
          order by p.event_id
          limit $3
          for update of p skip locked)
        returning d.id, d.subscription_id, d.event_id, d.attempts)
      select c.id, c.subscription_id, c.event_id, c.attempts, s.url, s.secret,
             e.case_id, e.type, e.at, e.actor, e.details
      from claimed c
      join webhook_subscription s on s.id = c.subscription_id
      join case_event e on e.id = c.event_id
      order by c.event_id
      """;

  private static final String SUCCEEDED =
      """
      with d as (
        update webhook_delivery
        set status = 'DELIVERED', delivered_at = $2, last_status = $3, last_answer = $4,
            leased_until = null
        where id = $1 and status = 'PENDING'
        returning subscription_id)
      update webhook_subscription s set consecutive_failures = 0
      from d where s.id = d.subscription_id and s.consecutive_failures <> 0
      """;

  private static final String FAILED =
      """
      with d as (
        update webhook_delivery
        set status = case when first_attempt_at <= $6 then 'GIVEN_UP' else 'PENDING' end,
            next_attempt_at = $3, last_status = $4, last_answer = $5, leased_until = null
        where id = $1 and status = 'PENDING'
        returning subscription_id, status)
      update webhook_subscription s
      set consecutive_failures = s.consecutive_failures + 1,
          status = case when s.consecutive_failures + 1 >= $7 then 'PAUSED' else s.status end,
          paused_at = case when s.consecutive_failures + 1 >= $7
                           then coalesce(s.paused_at, $2) else s.paused_at end
      from d where s.id = d.subscription_id
      returning d.status as delivery_status, s.status as subscription_status
      """;

  private static final String LOG_COLUMNS =
      "id, event_id, case_id, event_type, status, attempts, created_at, next_attempt_at,"
          + " last_attempt_at, last_status, last_answer, delivered_at";

  private static final String REPLAY_RANGE =
      """
      insert into webhook_delivery (subscription_id, event_id, case_id, event_type, created_at,
                                    next_attempt_at)
      select s.id, e.id, e.case_id, e.type, e.at, $4
      from case_event e join webhook_subscription s on s.id = $1
      where e.id >= $2 and e.id <= $3 and e.type = any (s.events)
        and (s.cluster_id is null
             or exists (select 1 from hard_complaint_case c
                        where c.id = e.case_id and c.cluster_id = s.cluster_id))
      on conflict (subscription_id, event_id) do update
      set status = 'PENDING', next_attempt_at = excluded.next_attempt_at, attempts = 0,
          first_attempt_at = null, leased_until = null
      """;

  private final Pool pool;
  private final EventCodec codec;

  WebhookDeliveryQueries(@StatementPool Pool pool, EventCodec codec) {
    this.pool = pool;
    this.codec = codec;
  }

  /**
   * Claims up to {@code limit} due deliveries of active subscriptions, leased until {@code
   * leaseUntil}: for each subscription and case only the earliest undelivered event, so that a
   * case's events go out in order, and no more for one subscription than make {@code
   * perSubscription} being sent at once, over all replicas.
   */
  Uni<List<Claimed>> claim(Instant now, Instant leaseUntil, int limit, int perSubscription) {
    return pool.preparedQuery(CLAIM)
        .execute(Tuple.of(utc(now), utc(leaseUntil), limit, perSubscription))
        .map(
            rows -> {
              List<Claimed> claimed = new ArrayList<>();
              for (Row row : rows) {
                EventType type = EventType.valueOf(row.getString("type"));
                String body =
                    codec.wireJson(
                        row.getLong("event_id"),
                        row.getUUID("case_id"),
                        type,
                        row.getOffsetDateTime("at").toInstant(),
                        row.getString("actor"),
                        row.getString("details"));
                claimed.add(
                    new Claimed(
                        row.getLong("id"),
                        row.getUUID("subscription_id"),
                        row.getLong("event_id"),
                        row.getInteger("attempts"),
                        row.getString("url"),
                        row.getString("secret"),
                        body));
              }
              return claimed;
            });
  }

  Uni<Void> succeeded(long id, Instant at, int status, String answer) {
    return pool.preparedQuery(SUCCEEDED)
        .execute(Tuple.of(id, utc(at), status, answer))
        .replaceWithVoid();
  }

  /**
   * Records a failed attempt: retried at {@code nextAttemptAt}, or given up when the first attempt
   * was at or before {@code giveUpIfFirstBefore}; the subscription is paused at {@code pauseAfter}
   * failures in a row.
   */
  Uni<Failure> failed(
      long id,
      Instant at,
      Instant nextAttemptAt,
      Integer status,
      String answer,
      Instant giveUpIfFirstBefore,
      int pauseAfter) {
    return pool.preparedQuery(FAILED)
        .execute(
            Tuple.from(
                new Object[] {
                  id,
                  utc(at),
                  utc(nextAttemptAt),
                  status,
                  answer,
                  utc(giveUpIfFirstBefore),
                  pauseAfter
                }))
        .map(
            rows -> {
              if (rows.rowCount() == 0) {
                return new Failure(false, false);
              }
              Row row = rows.iterator().next();
              return new Failure(
                  "GIVEN_UP".equals(row.getString("delivery_status")),
                  "PAUSED".equals(row.getString("subscription_status")));
            });
  }

  /** The subscription's deliveries, newest first, optionally of one status and before an id. */
  Uni<List<Delivery>> log(UUID subscriptionId, String status, Long beforeId, int limit) {
    return pool.preparedQuery(
            "select "
                + LOG_COLUMNS
                + " from webhook_delivery where subscription_id = $1"
                + " and ($2::varchar is null or status = $2) and ($3::bigint is null or id < $3)"
                + " order by id desc limit $4")
        .execute(Tuple.of(subscriptionId, status, beforeId, limit))
        .map(
            rows -> {
              List<Delivery> found = new ArrayList<>();
              for (Row row : rows) {
                found.add(
                    new Delivery(
                        row.getLong("id"),
                        row.getLong("event_id"),
                        row.getUUID("case_id"),
                        row.getString("event_type"),
                        row.getString("status"),
                        row.getInteger("attempts"),
                        instant(row.getOffsetDateTime("created_at")),
                        instant(row.getOffsetDateTime("next_attempt_at")),
                        instant(row.getOffsetDateTime("last_attempt_at")),
                        row.getInteger("last_status"),
                        row.getString("last_answer"),
                        instant(row.getOffsetDateTime("delivered_at"))));
              }
              return found;
            });
  }

  /** Sends one delivery again from now, as if new; false when the subscription has no such row. */
  Uni<Boolean> replay(UUID subscriptionId, long deliveryId, Instant now) {
    return pool.preparedQuery(
            "update webhook_delivery set status = 'PENDING', next_attempt_at = $3, attempts = 0,"
                + " first_attempt_at = null, leased_until = null"
                + " where id = $2 and subscription_id = $1")
        .execute(Tuple.of(subscriptionId, deliveryId, utc(now)))
        .map(rows -> rows.rowCount() == 1);
  }

  /**
   * Queues again, or for the first time, every matching event with an id in the range: the count of
   * deliveries queued.
   */
  Uni<Integer> replayRange(UUID subscriptionId, long fromEventId, long toEventId, Instant now) {
    return pool.preparedQuery(REPLAY_RANGE)
        .execute(Tuple.of(subscriptionId, fromEventId, toEventId, utc(now)))
        .map(rows -> rows.rowCount());
  }

  /** Deliveries not yet delivered nor given up, over all subscriptions. */
  Uni<Long> countPending() {
    return pool.query("select count(*) as pending from webhook_delivery where status = 'PENDING'")
        .execute()
        .map(rows -> rows.iterator().next().getLong("pending"));
  }
}
