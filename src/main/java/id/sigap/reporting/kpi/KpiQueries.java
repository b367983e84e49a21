package id.sigap.reporting.kpi;

import id.sigap.platform.persistence.StatementPool;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Computes K-1, K-2, K-3 and K-4 in the database, from the timeline and the raised hands: nothing
 * is counted twice and nothing is kept beside the event log. Days are the center's days.
 */
@ApplicationScoped
class KpiQueries {

  private static final String IDENTIFICATION =
      """
      with assessed as (
        select case_id,
               bool_or((details::jsonb ->> 'hardComplaint')::boolean) as ever_hard,
               (array_agg((details::jsonb ->> 'hardComplaint')::boolean order by id))[1] as first_hard
        from case_event where type = 'CASE_ASSESSED' group by case_id),
      corrected as (
        select case_id, count(*) as corrections
        from case_event
        where type = 'TELKOMCARE_CRITERION_CORRECTED'
          and (details::jsonb ->> 'met')::boolean
          and not coalesce((details::jsonb ->> 'detected')::boolean, false)
        group by case_id)
      select c.created_by as agent, c.cluster_id,
             count(*) filter (where c.flag_review in ('CONFIRMED', 'OVERTURNED')) as reviewed,
             count(*) filter (where c.flag_review = 'CONFIRMED') as confirmed,
             count(*) filter (where c.flag_review = 'OVERTURNED') as overturned,
             count(*) filter (where (a.ever_hard and not a.first_hard)
                                or c.flag_review = 'MISSED') as missed,
             coalesce(sum(k.corrections), 0)::bigint as corrections
      from hard_complaint_case c left join assessed a on a.case_id = c.id
        left join corrected k on k.case_id = c.id
      where c.created_at >= $1 and c.created_at < $2
      group by c.created_by, c.cluster_id
      order by c.cluster_id, c.created_by
      """;

  // K-2 (revised): every raised hand, answered or not, against the TL it was first addressed to,
  // per cluster, day and shift of the roster (a shift past midnight counts on the day it began);
  // the times from the raised hand to the TL listening and at the workstation
  private static final String RESPONSE =
      """
      with hand as (
        select e.*, c.cluster_id, (e.raised_at at time zone $3) as local_at
        from escalation e join hard_complaint_case c on c.id = e.case_id
        where e.raised_at >= $1 and e.raised_at < $2),
      placed as (
        select h.*, s.shift, coalesce(s.shift_day, h.local_at::date) as day
        from hand h
        left join lateral (
          select to_char(rs.starts_at, 'HH24:MI') || '-' || to_char(rs.ends_at, 'HH24:MI') as shift,
                 case when rs.starts_at >= rs.ends_at and h.local_at::time < rs.ends_at
                      then h.local_at::date - 1 else h.local_at::date end as shift_day
          from roster_shift rs
          where rs.cluster_id = h.cluster_id and rs.username = h.first_target_tl
            and ((rs.starts_at < rs.ends_at
                  and rs.weekday = extract(isodow from h.local_at)
                  and h.local_at::time >= rs.starts_at and h.local_at::time < rs.ends_at)
              or (rs.starts_at >= rs.ends_at
                  and ((rs.weekday = extract(isodow from h.local_at)
                        and h.local_at::time >= rs.starts_at)
                    or (rs.weekday = extract(isodow from h.local_at - interval '1 day')
                        and h.local_at::time < rs.ends_at))))
          order by rs.starts_at
          limit 1) s on true)
      select first_target_tl as tl, cluster_id, day, shift,
             count(*) as hands,
             count(acknowledged_at) as answered,
             count(*) filter (where status = 'WITHDRAWN') as withdrawn,
             percentile_cont(0.5) within group
               (order by extract(epoch from acknowledged_at - raised_at)) as listen_p50,
             percentile_cont(0.9) within group
               (order by extract(epoch from acknowledged_at - raised_at)) as listen_p90,
             percentile_cont(0.5) within group
               (order by extract(epoch from arrived_at - raised_at)) as arrive_p50,
             percentile_cont(0.9) within group
               (order by extract(epoch from arrived_at - raised_at)) as arrive_p90
      from placed
      group by first_target_tl, cluster_id, day, shift
      order by day, cluster_id, first_target_tl, shift
      """;

  private static final String ON_TIME =
      """
      select coalesce(c.handling_tl, '') as tl, c.cluster_id, (ev.at at time zone $3)::date as day,
             count(*) filter (where ev.type = 'PROGRESS_CHECKED') as checks,
             count(*) filter (where ev.type = 'PROGRESS_CHECK_OVERDUE') as checks_overdue,
             count(*) filter (where ev.type = 'CALL_BACK_MADE'
                              and ev.details::jsonb ->> 'outcome' = 'REACHED') as callbacks,
             count(*) filter (where ev.type = 'CALLBACK_OVERDUE') as callbacks_overdue
      from case_event ev join hard_complaint_case c on c.id = ev.case_id
      where ev.at >= $1 and ev.at < $2
        and ev.type in ('PROGRESS_CHECKED', 'PROGRESS_CHECK_OVERDUE', 'CALL_BACK_MADE',
                        'CALLBACK_OVERDUE')
      group by tl, c.cluster_id, day
      order by day, c.cluster_id, tl
      """;

  // K-4: per TL, the cases closed in the period whose problem they identified while listening, and
  // how many of those closed with the category they had identified
  private static final String ACCURACY =
      """
      select c.identified_by as tl, c.cluster_id,
             count(*) as identified,
             count(*) filter (where c.resolution_category = c.identified_category) as held
      from hard_complaint_case c
      where c.identified_by is not null and c.resolution_category is not null
        and c.closed_at >= $1 and c.closed_at < $2
      group by c.identified_by, c.cluster_id
      order by c.cluster_id, c.identified_by
      """;

  private final Pool pool;

  KpiQueries(@StatementPool Pool pool) {
    this.pool = pool;
  }

  Uni<Kpis> compute(LocalDate from, LocalDate to, ZoneId zone) {
    OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    Tuple period = Tuple.of(start, end);
    Tuple periodInZone = Tuple.of(start, end, zone.getId());
    Uni<List<Kpis.Identification>> identification =
        query(IDENTIFICATION, period, KpiQueries::identification);
    Uni<List<Kpis.Response>> response = query(RESPONSE, periodInZone, KpiQueries::response);
    Uni<List<Kpis.OnTime>> onTime = query(ON_TIME, periodInZone, KpiQueries::onTime);
    Uni<List<Kpis.Accuracy>> accuracy = query(ACCURACY, period, KpiQueries::accuracy);
    return Uni.combine()
        .all()
        .unis(identification, response, onTime, accuracy)
        .with((k1, k2, k3, k4) -> new Kpis(from, to, zone.getId(), k1, k2, k3, k4));
  }

  private <T> Uni<List<T>> query(String sql, Tuple args, Function<Row, T> mapper) {
    return pool.preparedQuery(sql).execute(args).map(rows -> map(rows, mapper));
  }

  private static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> result = new ArrayList<>();
    rows.forEach(row -> result.add(mapper.apply(row)));
    return result;
  }

  private static Kpis.Identification identification(Row r) {
    long confirmed = r.getLong("confirmed");
    long overturned = r.getLong("overturned");
    return new Kpis.Identification(
        r.getString("agent"),
        r.getString("cluster_id"),
        r.getLong("reviewed"),
        confirmed,
        overturned,
        share(confirmed, overturned),
        r.getLong("missed"),
        r.getLong("corrections"));
  }

  private static Kpis.Response response(Row r) {
    return new Kpis.Response(
        r.getString("tl"),
        r.getString("cluster_id"),
        r.getLocalDate("day"),
        r.getString("shift"),
        r.getLong("hands"),
        r.getLong("answered"),
        r.getLong("withdrawn"),
        r.getDouble("listen_p50"),
        r.getDouble("listen_p90"),
        r.getDouble("arrive_p50"),
        r.getDouble("arrive_p90"));
  }

  private static Kpis.OnTime onTime(Row r) {
    long checks = r.getLong("checks");
    long checksOverdue = r.getLong("checks_overdue");
    long callbacks = r.getLong("callbacks");
    long callbacksOverdue = r.getLong("callbacks_overdue");
    String tl = r.getString("tl");
    return new Kpis.OnTime(
        tl.isEmpty() ? null : tl,
        r.getString("cluster_id"),
        r.getLocalDate("day"),
        checks,
        checksOverdue,
        share(checks, checksOverdue),
        callbacks,
        callbacksOverdue,
        share(callbacks, callbacksOverdue));
  }

  private static Kpis.Accuracy accuracy(Row r) {
    long identified = r.getLong("identified");
    long held = r.getLong("held");
    return new Kpis.Accuracy(
        r.getString("tl"),
        r.getString("cluster_id"),
        identified,
        held,
        share(held, identified - held));
  }

  /** The share of the first among both; none when neither happened. */
  static Double share(long good, long bad) {
    long all = good + bad;
    return all == 0 ? null : (double) good / all;
  }
}
