package id.sigap.cases;

import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.FlushMode;

/** The append-only event log of every case (R-X-3): the only writer of {@code case_event}. */
@ApplicationScoped
public class Timeline {

  private final EventCodec codec;

  Timeline(EventCodec codec) {
    this.codec = codec;
  }

  public Uni<CaseEventEntity> append(UUID caseId, CaseEvent event) {
    CaseEventEntity row = new CaseEventEntity();
    row.caseId = caseId;
    row.type = event.type();
    row.at = event.at();
    row.actor = event.actor();
    row.details = codec.detailsText(event);
    return row.persist();
  }

  /** An event to append for a case. */
  public record Entry(UUID caseId, CaseEvent event) {}

  /**
   * Appends the events in one statement on the caller's session, so in its transaction; their ids
   * increase in the order given, as if appended one after another.
   */
  public Uni<Void> appendAll(List<Entry> entries) {
    if (entries.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    int n = entries.size();
    String[] caseIds = new String[n];
    String[] types = new String[n];
    String[] ats = new String[n];
    String[] actors = new String[n];
    String[] details = new String[n];
    for (int i = 0; i < n; i++) {
      CaseEvent event = entries.get(i).event();
      caseIds[i] = entries.get(i).caseId().toString();
      types[i] = event.type().name();
      // microseconds, as PostgreSQL keeps them; the row's own persist truncates the same way
      ats[i] = event.at().truncatedTo(ChronoUnit.MICROS).toString();
      actors[i] = event.actor();
      details[i] = codec.detailsText(event);
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(APPEND_ALL)
                    // no flush of the session's pending changes first, as with a single append: the
                    // caller flushes once after
                    .setFlushMode(FlushMode.MANUAL)
                    .setParameter("caseIds", caseIds)
                    .setParameter("types", types)
                    .setParameter("ats", ats)
                    .setParameter("actors", actors)
                    .setParameter("details", details)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** Text arrays, cast by the statement, so that binding needs no array type of Hibernate's. */
  private static final String APPEND_ALL =
      "insert into case_event (case_id, type, at, actor, details)"
          + " select cast(e.case_id as uuid), e.type, cast(e.at as timestamptz), e.actor, e.details"
          + " from unnest(cast(:caseIds as text[]), cast(:types as text[]), cast(:ats as text[]),"
          + " cast(:actors as text[]), cast(:details as text[]))"
          + " with ordinality as e(case_id, type, at, actor, details, n)"
          + " order by e.n";

  public Uni<List<TimelineEventView>> of(UUID caseId) {
    return CaseEventEntity.<CaseEventEntity>list("caseId", Sort.by("id"), caseId)
        .map(rows -> rows.stream().map(this::view).toList());
  }

  public TimelineEventView view(CaseEventEntity row) {
    return new TimelineEventView(
        row.id,
        row.caseId.toString(),
        row.type.name(),
        row.at,
        row.actor,
        codec.parseMap(row.details));
  }

  /** R-F-4: the case a handover of this id was ever asked for on; or null. */
  public Uni<UUID> caseOfRequestedHandover(UUID handoverId) {
    return CaseEventEntity.<CaseEventEntity>find(
            "type = ?1 and details like ?2",
            EventType.HANDOVER_REQUESTED,
            "%\"handoverId\":\"" + handoverId + "\"%")
        .firstResult()
        .map(row -> row == null ? null : row.caseId);
  }
}
