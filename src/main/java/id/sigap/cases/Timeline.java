package id.sigap.cases;

import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.EventType;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

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
