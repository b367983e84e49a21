package id.sigap.timers;

import id.sigap.platform.persistence.StatementPool;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.LockMode;
import org.hibernate.reactive.common.AffectedEntities;

/** The one owner of {@code duty}: every due time is a row with a business key. */
@ApplicationScoped
public class DutyRepository {

  private final Pool pool;

  DutyRepository(@StatementPool Pool pool) {
    this.pool = pool;
  }

  public Uni<DutyEntity> find(String key) {
    return DutyEntity.findById(key);
  }

  public Uni<Void> persist(DutyEntity duty) {
    return duty.persist().replaceWithVoid();
  }

  public Uni<Void> delete(String key) {
    return inSession("delete from duty where key = :value", key);
  }

  public Uni<Void> deleteAllOf(UUID caseId) {
    return inSession("delete from duty where case_id = :value", caseId);
  }

  /**
   * SQL, not HQL: Hibernate keeps no plan of an HQL delete and translated it again on every action
   * (some 5 % of the CPU of an action); a native statement's parameters are parsed once per text.
   */
  private static Uni<Void> inSession(String delete, Object value) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    // flushes first only pending changes of duties, as an HQL delete would
                    .createNativeQuery(delete, new AffectedEntities(DutyEntity.class))
                    .setParameter("value", value)
                    .executeUpdate()
                    .replaceWithVoid());
  }

  /**
   * A batch's session flushes once, at commit: each query in between would otherwise check every
   * case and hand the batch loaded for changes first, and the batch reads back nothing it changed.
   */
  public Uni<Void> flushOnlyAtCommit() {
    return Panache.getSession()
        .invoke(session -> session.setFlushMode(FlushMode.COMMIT))
        .replaceWithVoid();
  }

  /**
   * Claims up to {@code limit} due duties, soonest first, skipping rows another replica holds
   * ({@code FOR NO KEY UPDATE SKIP LOCKED}), in the caller's transaction. They come detached from
   * the session: the caller moves and clears them with {@link #moveAll} and {@link #deleteAll}, and
   * a later {@link #find} of one reads the row as those left it.
   */
  public Uni<List<DutyEntity>> claimDue(Instant now, int limit) {
    return Panache.getSession()
        .chain(
            session ->
                // HQL, not SQL: Hibernate caches a native query's plan under a key that never
                // matches again, so a claim every second would fill its plan cache
                session
                    .createSelectionQuery(
                        "from DutyEntity where dueAt <= :now order by dueAt", DutyEntity.class)
                    .setParameter("now", now)
                    .setMaxResults(limit)
                    .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                    .getResultList()
                    .invoke(claimed -> claimed.forEach(session::detach)));
  }

  /** A duty's next due time and stage, once it fired. */
  public record Move(String key, Instant dueAt, int stage) {}

  /** Moves the duties in one statement on the caller's session. */
  public Uni<Void> moveAll(List<Move> moves) {
    if (moves.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    String[] keys = new String[moves.size()];
    String[] dueAts = new String[moves.size()];
    String[] stages = new String[moves.size()];
    for (int i = 0; i < moves.size(); i++) {
      keys[i] = moves.get(i).key();
      dueAts[i] = moves.get(i).dueAt().toString();
      stages[i] = Integer.toString(moves.get(i).stage());
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(MOVE_ALL, new AffectedEntities(DutyEntity.class))
                    .setParameter("keys", keys)
                    .setParameter("dueAts", dueAts)
                    .setParameter("stages", stages)
                    .executeUpdate()
                    .replaceWithVoid());
  }

  /** Text arrays, cast by the statement, so that binding needs no array type of Hibernate's. */
  private static final String MOVE_ALL =
      "update duty set due_at = cast(m.due_at as timestamptz), stage = cast(m.stage as integer)"
          + " from unnest(cast(:keys as text[]), cast(:dueAts as text[]), cast(:stages as text[]))"
          + " as m(key, due_at, stage) where duty.key = m.key";

  /** Clears the duties of the keys in one statement on the caller's session. */
  public Uni<Void> deleteAll(List<String> keys) {
    return keys.isEmpty()
        ? Uni.createFrom().voidItem()
        : inSession(
            "delete from duty where key = any(cast(:value as text[]))",
            keys.toArray(String[]::new));
  }

  /** The next due time after {@code now}, without a session; null when nothing is armed. */
  public Uni<OffsetDateTime> nextDueAfter(Instant now) {
    return pool.preparedQuery("select min(due_at) from duty where due_at > $1")
        .execute(Tuple.of(now.atOffset(ZoneOffset.UTC)))
        .map(rows -> rows.iterator().next().getOffsetDateTime(0));
  }
}
