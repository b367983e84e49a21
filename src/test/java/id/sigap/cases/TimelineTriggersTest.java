package id.sigap.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.platform.persistence.ListenConnections;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the timeline's insert triggers do for a statement that appends many events at once, as a
 * batch of fired duties does: every replica is woken once, and the push and webhook outboxes get
 * one row per event and matching subscription, in event order.
 */
@QuarkusTest
class TimelineTriggersTest {

  @Inject Pool pool;
  @Inject ListenConnections listenConnections;

  private final List<UUID> pushSubscriptions = new ArrayList<>();
  private final List<UUID> webhooks = new ArrayList<>();

  /** Their deliveries go with them, so that no dispatcher tries the made-up addresses. */
  @AfterEach
  void unsubscribe() {
    rows(
        "delete from push_subscription where id = any($1)",
        Tuple.of(pushSubscriptions.toArray(UUID[]::new)));
    rows(
        "delete from webhook_subscription where id = any($1)",
        Tuple.of(webhooks.toArray(UUID[]::new)));
  }

  @Test
  void oneStatementOfEventsWakesTheTailsOnceWithItsHighestId() throws Exception {
    UUID caseId = seedCase("C1");
    List<String> notified = new CopyOnWriteArrayList<>();
    PgSubscriber subscriber = listenConnections.subscriber("timeline-triggers-test");
    subscriber.channel("sigap_events").handler(notified::add);
    subscriber.connect().await().indefinitely();
    try {
      List<Long> ids = appendInOneStatement(caseId, 3, "nobody-with-a-tablet");
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!notified.contains(last(ids)) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      // another statement's notification is another id, so any more of ours would be a repeat
      Thread.sleep(200);
      assertThat(notified)
          .filteredOn(ids.stream().map(String::valueOf).toList()::contains)
          .containsExactly(last(ids));
    } finally {
      subscriber.close().await().indefinitely();
    }
  }

  @Test
  void everyAlertOfAStatementIsQueuedOnceForTheNamedPersonsTablets_R_F_5() throws Exception {
    UUID caseId = seedCase("C1");
    String person = "tl-" + UUID.randomUUID().toString().substring(0, 8);
    UUID tablet = subscribePush(person);
    UUID phone = subscribePush(person);
    subscribePush("someone-else-" + UUID.randomUUID());

    // the person named twice in an alert still gets one delivery per tablet
    List<Long> ids = appendInOneStatement(caseId, 3, person, person);

    List<Row> queued =
        rows(
            "select event_id, subscription_id from push_delivery where event_id = any($1)"
                + " order by id",
            Tuple.of(ids.toArray(Long[]::new)));
    assertThat(queued).hasSize(6);
    assertThat(queued)
        .extracting(r -> r.getLong("event_id"))
        .containsExactly(ids.get(0), ids.get(0), ids.get(1), ids.get(1), ids.get(2), ids.get(2));
    assertThat(queued).extracting(r -> r.getUUID("subscription_id")).containsOnly(tablet, phone);
  }

  @Test
  void everyEventOfAStatementIsQueuedForEachMatchingWebhookInEventOrder_R_I_2() throws Exception {
    UUID caseId = seedCase("C2");
    UUID everyCluster = subscribeWebhook("PROGRESS_CHECK_OVERDUE", null);
    UUID sameCluster = subscribeWebhook("PROGRESS_CHECK_OVERDUE", "C2");
    UUID otherCluster = subscribeWebhook("PROGRESS_CHECK_OVERDUE", "C1");
    UUID otherType = subscribeWebhook("CASE_CLOSED", null);

    List<Long> ids = appendInOneStatement(caseId, 3, "nobody-with-a-tablet");

    List<Row> queued =
        rows(
            "select event_id, subscription_id, case_id, event_type from webhook_delivery"
                + " where event_id = any($1) order by id",
            Tuple.of(ids.toArray(Long[]::new)));
    assertThat(queued).hasSize(6);
    assertThat(queued)
        .extracting(r -> r.getUUID("subscription_id"))
        .containsOnly(everyCluster, sameCluster)
        .doesNotContain(otherCluster, otherType);
    // each subscription's deliveries in the order of the events
    for (UUID subscription : List.of(everyCluster, sameCluster)) {
      assertThat(queued)
          .filteredOn(r -> r.getUUID("subscription_id").equals(subscription))
          .extracting(r -> r.getLong("event_id"))
          .containsExactlyElementsOf(ids);
    }
    assertThat(queued)
        .allSatisfy(
            r -> {
              assertThat(r.getUUID("case_id")).isEqualTo(caseId);
              assertThat(r.getString("event_type")).isEqualTo("PROGRESS_CHECK_OVERDUE");
            });
  }

  /**
   * Appends {@code count} overdue alerts for {@code alertFor} in one INSERT; their ids in order.
   */
  private List<Long> appendInOneStatement(UUID caseId, int count, String... alertFor) {
    String names = String.join(",", List.of(alertFor).stream().map(n -> '"' + n + '"').toList());
    List<Long> ids = new ArrayList<>();
    for (Row row :
        rows(
            "insert into case_event (case_id, type, at, actor, details)"
                + " select $1, 'PROGRESS_CHECK_OVERDUE', now(), 'sigap',"
                + " '{\"overdueCount\":' || n || ',\"alertFor\":["
                + names
                + "]}'"
                + " from generate_series(1, $2) n order by n returning id",
            Tuple.of(caseId, count))) {
      ids.add(row.getLong("id"));
    }
    return ids.stream().sorted().toList();
  }

  private UUID seedCase(String cluster) {
    UUID customer = UUID.randomUUID();
    UUID caseId = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    rows(
        "insert into customer (id, name, created_at, root_id) values ($1, 'Pelanggan uji', $2, $1)",
        Tuple.of(customer, now));
    rows(
        "insert into hard_complaint_case (id, channel, status, hard_complaint, customer_name,"
            + " customer_phone, summary, cluster_id, created_by, created_at, handling_tl,"
            + " policy_revision, customer_id)"
            + " values ($1, 'INBOUND_VOICE', 'IN_PROGRESS', true, 'Pelanggan uji', '081234',"
            + " 'Uji pemicu', $2, 'agent1', $3, 'tl1', 'W-10 rev 02', $4)",
        Tuple.of(caseId, cluster, now, customer));
    return caseId;
  }

  private UUID subscribePush(String username) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    rows(
        "insert into push_subscription (id, username, endpoint, p256dh, auth, created_at,"
            + " updated_at) values ($1, $2, $3, 'key', 'auth', $4, $4)",
        Tuple.of(id, username, "https://push.example/" + id, now));
    pushSubscriptions.add(id);
    return id;
  }

  private UUID subscribeWebhook(String eventType, String cluster) {
    UUID id = UUID.randomUUID();
    rows(
        "insert into webhook_subscription (id, url, events, cluster_id, secret, status,"
            + " created_by, created_at) values ($1, 'https://hooks.example/sigap', $2, $3,"
            + " 'secret', 'PAUSED', 'admin', now())",
        Tuple.of(id, new String[] {eventType}, cluster));
    webhooks.add(id);
    return id;
  }

  private List<Row> rows(String sql, Tuple parameters) {
    List<Row> rows = new ArrayList<>();
    pool.preparedQuery(sql).execute(parameters).await().indefinitely().forEach(rows::add);
    return rows;
  }

  private static String last(List<Long> ids) {
    return String.valueOf(ids.get(ids.size() - 1));
  }
}
