package id.sigap.policy;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Rejection;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published policy revisions, kept in the database and cached here. The configured {@code
 * sigap.policy.*} revision is published at first start; an admin publishes later ones. New cases
 * take the active revision; a case is judged and timed under the revision it started with.
 */
@ApplicationScoped
public class PolicyRevisions {

  private static final String SYSTEM = "sigap";

  private final Pool pool;
  private final PolicyConfig config;
  private final Clock clock;
  private final Map<String, Policy> byName = new ConcurrentHashMap<>();
  private volatile Policy active;

  PolicyRevisions(@StatementPool Pool pool, PolicyConfig config, Clock clock) {
    this.pool = pool;
    this.config = config;
    this.clock = clock;
    this.active = Policy.of(config);
  }

  void onStart(@Observes StartupEvent event) {
    // on the main thread, before traffic: the first replica publishes the configured defaults
    Policy defaults = Policy.of(config);
    insert(defaults, SYSTEM)
        .chain(
            () ->
                pool.query(
                        "update policy_revision set active = true"
                            + " where not exists (select 1 from policy_revision where active)"
                            + " and name = '"
                            + defaults.revision().replace("'", "''")
                            + "'")
                    .execute())
        .chain(this::reload)
        .await()
        .indefinitely();
  }

  /** The revision new cases start under. */
  public Policy active() {
    return active;
  }

  /** The revision a case started under; the configured one if it is unknown here. */
  public Policy of(String revision) {
    Policy policy = byName.get(revision);
    return policy != null ? policy : active;
  }

  public List<Policy> all() {
    return byName.values().stream().sorted(Comparator.comparing(Policy::revision)).toList();
  }

  public Uni<Policy> publish(Policy revision, String admin) {
    return pool.withTransaction(
            sql ->
                sql.preparedQuery("select 1 from policy_revision where name = $1")
                    .execute(Tuple.of(revision.revision()))
                    .chain(
                        rows -> {
                          if (rows.size() > 0) {
                            return Uni.createFrom()
                                .failure(
                                    new RejectedException(
                                        Rejection.conflict(
                                            null,
                                            "Revision exists",
                                            "A published revision is never changed: publish it under a new name")));
                          }
                          return insert(revision, admin)
                              .chain(() -> activate(sql, revision.revision()));
                        }))
        .chain(this::reload)
        .replaceWith(revision);
  }

  public Uni<Policy> activate(String revision) {
    return pool.withTransaction(sql -> activate(sql, revision))
        .chain(this::reload)
        .map(v -> of(revision));
  }

  private Uni<Void> activate(io.vertx.mutiny.sqlclient.SqlClient sql, String revision) {
    return sql.preparedQuery("select 1 from policy_revision where name = $1")
        .execute(Tuple.of(revision))
        .chain(
            rows ->
                rows.size() == 0
                    ? Uni.createFrom().failure(new NotFoundProblem("Policy revision", revision))
                    : sql.query("update policy_revision set active = false where active")
                        .execute()
                        .chain(
                            () ->
                                sql.preparedQuery(
                                        "update policy_revision set active = true where name = $1")
                                    .execute(Tuple.of(revision)))
                        .replaceWithVoid());
  }

  /** Revisions another replica published arrive within a minute. */
  @Scheduled(every = "60s", delayed = "60s")
  Uni<Void> reload() {
    return pool.query("select * from policy_revision")
        .execute()
        .invoke(
            rows -> {
              for (Row row : rows) {
                Policy policy = fromRow(row);
                byName.put(policy.revision(), policy);
                if (row.getBoolean("active")) {
                  active = policy;
                }
              }
            })
        .replaceWithVoid();
  }

  private Uni<Void> insert(Policy p, String publishedBy) {
    return pool.preparedQuery(
            "insert into policy_revision (name, published_at, published_by,"
                + " inbound_minimum_criteria, telkomcare_minimum_criteria, burst_messages,"
                + " social_burst_window, non_social_burst_window, progress_check_interval,"
                + " callback_interval, acknowledge_target, influencer_followers,"
                + " first_callback_within, quiet_hours, agreed_callback_horizon, callback_attempts,"
                + " problem_categories, repeat_window)"
                + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,"
                + " $17, $18)"
                + " on conflict (name) do nothing")
        .execute(
            Tuple.from(
                List.of(
                    p.revision(),
                    clock.instant().atOffset(ZoneOffset.UTC),
                    publishedBy,
                    p.inboundMinimumCriteria(),
                    p.telkomcareMinimumCriteria(),
                    p.burstMessages(),
                    p.socialBurstWindow().toString(),
                    p.nonSocialBurstWindow().toString(),
                    p.progressCheckInterval().toString(),
                    p.callbackInterval().toString(),
                    p.acknowledgeTarget().toString(),
                    p.influencerFollowers(),
                    p.firstCallbackWithin().toString(),
                    p.quietHours(),
                    p.agreedCallbackHorizon().toString(),
                    p.callbackAttempts(),
                    p.problemCategories(),
                    p.repeatWindow().toString())))
        .replaceWithVoid();
  }

  private static Policy fromRow(Row row) {
    return new Policy(
        row.getString("name"),
        row.getInteger("inbound_minimum_criteria"),
        row.getInteger("telkomcare_minimum_criteria"),
        row.getInteger("burst_messages"),
        Duration.parse(row.getString("social_burst_window")),
        Duration.parse(row.getString("non_social_burst_window")),
        Duration.parse(row.getString("progress_check_interval")),
        Duration.parse(row.getString("callback_interval")),
        Duration.parse(row.getString("acknowledge_target")),
        row.getLong("influencer_followers"),
        Duration.parse(row.getString("first_callback_within")),
        row.getString("quiet_hours"),
        Duration.parse(row.getString("agreed_callback_horizon")),
        row.getInteger("callback_attempts"),
        row.getString("problem_categories"),
        Duration.parse(row.getString("repeat_window")));
  }
}
