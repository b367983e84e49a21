package id.sigap.customers;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.procedure.rules.CustomerRules.CustomerState;
import id.sigap.procedure.rules.CustomerRules.MergeState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The owner of {@code customer}, {@code customer_identifier}, {@code customer_event} and {@code
 * customer_merge}: every read of the customer record, and merges. A customer is created, and learns
 * its identifiers, in the intake statements of {@code CaseRepository}, which keep intake at one
 * round trip.
 */
@ApplicationScoped
public class CustomerRepository {

  /** A customer and everyone merged into it, down every merge in force. */
  private static final String FAMILY =
      """
      with recursive family as (
        select id from customer where id = $1
        union all
        select c.id from customer c join family f on c.merged_into = f.id)
      """;

  private final Pool pool;

  CustomerRepository(@StatementPool Pool pool) {
    this.pool = pool;
  }

  /** A customer row. */
  public record Customer(UUID id, String name, Instant createdAt, UUID mergedInto, UUID rootId) {}

  /** An identifier of a customer of the family. */
  public record Identifier(String kind, String platform, String value, UUID customerId) {}

  /** An entry of a customer's timeline. */
  public record Event(
      long id,
      String type,
      Instant at,
      String actor,
      UUID mergeId,
      UUID otherCustomer,
      String reason) {}

  /** A merge of one customer into another. */
  public record Merge(
      UUID id,
      UUID mergedCustomer,
      UUID intoCustomer,
      String reason,
      String mergedBy,
      Instant mergedAt,
      String undoneBy,
      Instant undoneAt,
      String undoReason) {}

  public Uni<Customer> find(UUID id) {
    return pool.preparedQuery(
            "select id, name, created_at, merged_into, root_id from customer where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows, CustomerRepository::customer));
  }

  /** The customer an identifier names, or null. */
  public Uni<UUID> byIdentifier(String kind, String platform, String value) {
    return pool.preparedQuery(
            "select customer_id from customer_identifier"
                + " where kind = $1 and platform = $2 and value = $3")
        .execute(Tuple.of(kind, platform, value))
        .map(rows -> first(rows, r -> r.getUUID("customer_id")));
  }

  /**
   * The customers in no merge whose name, or the name of one merged into them, holds {@code term},
   * newest first.
   */
  public Uni<List<UUID>> byName(String term, int max) {
    return pool.preparedQuery(
            "select r.id from customer r where r.id = r.root_id and exists ("
                + " select 1 from customer m where m.root_id = r.id"
                + " and strpos(lower(m.name), lower($1)) > 0)"
                + " order by r.created_at desc, r.id limit $2")
        .execute(Tuple.of(term, max))
        .map(rows -> all(rows, r -> r.getUUID("id")));
  }

  /** The customer and everyone merged into it, the customer first. */
  public Uni<List<UUID>> family(UUID id) {
    return pool.preparedQuery(FAMILY + "select id from family")
        .execute(Tuple.of(id))
        .map(rows -> all(rows, r -> r.getUUID("id")));
  }

  public Uni<List<Identifier>> identifiers(List<UUID> customers) {
    return pool.preparedQuery(
            "select kind, platform, value, customer_id from customer_identifier"
                + " where customer_id = any($1) order by kind, added_at, value")
        .execute(Tuple.of(customers.toArray(UUID[]::new)))
        .map(
            rows ->
                all(
                    rows,
                    r ->
                        new Identifier(
                            r.getString("kind"),
                            r.getString("platform"),
                            r.getString("value"),
                            r.getUUID("customer_id"))));
  }

  public Uni<List<Event>> timeline(UUID customer) {
    return pool.preparedQuery(
            "select id, type, at, actor, merge_id, other_customer, reason from customer_event"
                + " where customer_id = $1 order by id")
        .execute(Tuple.of(customer))
        .map(
            rows ->
                all(
                    rows,
                    r ->
                        new Event(
                            r.getLong("id"),
                            r.getString("type"),
                            r.getOffsetDateTime("at").toInstant(),
                            r.getString("actor"),
                            r.getUUID("merge_id"),
                            r.getUUID("other_customer"),
                            r.getString("reason"))));
  }

  /** The merges in force into or out of the customer, oldest first. */
  public Uni<List<Merge>> mergesInForce(UUID customer) {
    return pool.preparedQuery(
            MERGE_COLUMNS
                + " where undone_at is null and (merged_customer = $1 or into_customer = $1)"
                + " order by merged_at, id")
        .execute(Tuple.of(customer))
        .map(rows -> all(rows, CustomerRepository::merge));
  }

  public Uni<Merge> findMerge(UUID id) {
    return pool.preparedQuery(MERGE_COLUMNS + " where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows, CustomerRepository::merge));
  }

  /** What a merge decides on, read with both customers locked; null when one is unknown. */
  public record MergeCandidates(CustomerState merged, CustomerState into) {}

  /**
   * Merges in one transaction: both customers are locked (in id order, so that two merges of one
   * pair queue up), {@code decide} refuses by failing, and the accepted merge points the merged
   * customer and everyone merged into it at the one it went into, and writes the merge and an event
   * on both timelines.
   */
  public Uni<Merge> merge(
      UUID mergedId,
      UUID intoId,
      String reason,
      String actor,
      Instant at,
      Function<MergeCandidates, Uni<Void>> decide) {
    UUID mergeId = UUID.randomUUID();
    return pool.withTransaction(
        sql ->
            sql.preparedQuery(
                    "select id, merged_into from customer where id = any($1) order by id"
                        + " for update")
                .execute(Tuple.of(new UUID[] {mergedId, intoId}))
                .map(
                    rows -> {
                      CustomerState merged = null;
                      CustomerState into = null;
                      for (Row r : rows) {
                        var state = new CustomerState(r.getUUID("id"), r.getUUID("merged_into"));
                        if (state.id().equals(mergedId)) {
                          merged = state;
                        }
                        if (state.id().equals(intoId)) {
                          into = state;
                        }
                      }
                      return new MergeCandidates(merged, into);
                    })
                .call(candidates -> decide.apply(candidates))
                .chain(
                    candidates ->
                        sql.preparedQuery(
                                "with merge as (insert into customer_merge (id, merged_customer,"
                                    + " into_customer, reason, merged_by, merged_at)"
                                    + " values ($1, $2, $3, $4, $5, $6)),"
                                    // one update per row: a statement changes a row once
                                    + " rooted as (update customer set root_id = $3,"
                                    + " merged_into = case when id = $2 then $3"
                                    + " else merged_into end where root_id = $2)"
                                    + " insert into customer_event (customer_id, type, at, actor,"
                                    + " merge_id, other_customer, reason)"
                                    + " values ($2, 'MERGED_INTO', $6, $5, $1, $3, $4),"
                                    + " ($3, 'MERGED_IN', $6, $5, $1, $2, $4)")
                            .execute(
                                Tuple.from(
                                    new Object[] {
                                      mergeId,
                                      mergedId,
                                      intoId,
                                      reason,
                                      actor,
                                      at.atOffset(ZoneOffset.UTC)
                                    })))
                .chain(() -> findMerge(sql, mergeId)));
  }

  /**
   * Undoes a merge in one transaction: the merge is locked, {@code decide} refuses by failing, and
   * the merged customer and everyone merged into it are their own again, with an event on both
   * timelines; null when no merge has the id.
   */
  public Uni<Merge> undo(
      UUID mergeId,
      String reason,
      String actor,
      Instant at,
      Function<MergeState, Uni<Void>> decide) {
    return pool.withTransaction(
        sql ->
            sql.preparedQuery(
                    "select id, undone_at is null as in_force from customer_merge where id = $1"
                        + " for update")
                .execute(Tuple.of(mergeId))
                .map(rows -> first(rows, r -> new MergeState(mergeId, r.getBoolean("in_force"))))
                .chain(
                    state ->
                        state == null
                            ? Uni.createFrom().<Merge>nullItem()
                            : decide
                                .apply(state)
                                .chain(() -> undoInForce(sql, mergeId, reason, actor, at))));
  }

  private Uni<Merge> undoInForce(
      SqlConnection sql, UUID mergeId, String reason, String actor, Instant at) {
    return sql.preparedQuery(
            """
            with recursive undone as (
              update customer_merge set undone_by = $2, undone_at = $3, undo_reason = $4
              where id = $1
              returning merged_customer, into_customer),
            family as (
              select merged_customer as id from undone
              union all
              select c.id from customer c join family f on c.merged_into = f.id),
            rooted as (
              update customer set root_id = (select merged_customer from undone),
                merged_into = case when id = (select merged_customer from undone) then null
                                   else merged_into end
              where id in (select id from family))
            insert into customer_event (customer_id, type, at, actor, merge_id, other_customer,
              reason)
            select merged_customer, 'MERGE_UNDONE', $3, $2, $1, into_customer, $4 from undone
            union all
            select into_customer, 'MERGE_UNDONE', $3, $2, $1, merged_customer, $4 from undone
            """)
        .execute(Tuple.of(mergeId, actor, at.atOffset(ZoneOffset.UTC), reason))
        .chain(() -> findMerge(sql, mergeId));
  }

  private static final String MERGE_COLUMNS =
      "select id, merged_customer, into_customer, reason, merged_by, merged_at, undone_by,"
          + " undone_at, undo_reason from customer_merge";

  private static Uni<Merge> findMerge(SqlConnection sql, UUID id) {
    return sql.preparedQuery(MERGE_COLUMNS + " where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows, CustomerRepository::merge));
  }

  private static Customer customer(Row r) {
    return new Customer(
        r.getUUID("id"),
        r.getString("name"),
        r.getOffsetDateTime("created_at").toInstant(),
        r.getUUID("merged_into"),
        r.getUUID("root_id"));
  }

  private static Merge merge(Row r) {
    var undoneAt = r.getOffsetDateTime("undone_at");
    return new Merge(
        r.getUUID("id"),
        r.getUUID("merged_customer"),
        r.getUUID("into_customer"),
        r.getString("reason"),
        r.getString("merged_by"),
        r.getOffsetDateTime("merged_at").toInstant(),
        r.getString("undone_by"),
        undoneAt == null ? null : undoneAt.toInstant(),
        r.getString("undo_reason"));
  }

  private static <T> T first(RowSet<Row> rows, Function<Row, T> map) {
    var it = rows.iterator();
    return it.hasNext() ? map.apply(it.next()) : null;
  }

  private static <T> List<T> all(RowSet<Row> rows, Function<Row, T> map) {
    List<T> out = new ArrayList<>();
    rows.forEach(r -> out.add(map.apply(r)));
    return out;
  }
}
