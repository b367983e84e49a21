package id.sigap.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.cases.domain.CaseEvent;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only event log of every case (R-X-3). */
@ApplicationScoped
public class Timeline {

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final ObjectMapper json;

  Timeline(ObjectMapper json) {
    this.json = json;
  }

  public Uni<CaseEventEntity> append(UUID caseId, CaseEvent event) {
    CaseEventEntity row = new CaseEventEntity();
    row.caseId = caseId;
    row.type = event.type();
    row.at = event.at();
    row.actor = event.actor();
    row.details = write(event.details());
    return row.persist();
  }

  public Uni<List<TimelineEventView>> of(UUID caseId) {
    return CaseEventEntity.<CaseEventEntity>list("caseId", Sort.by("id"), caseId)
        .map(rows -> rows.stream().map(this::view).toList());
  }

  public TimelineEventView view(CaseEventEntity row) {
    return new TimelineEventView(
        row.id, row.caseId.toString(), row.type.name(), row.at, row.actor, read(row.details));
  }

  String write(Map<String, Object> details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Event details must be plain JSON values", e);
    }
  }

  private Map<String, Object> read(String details) {
    try {
      return json.readValue(details, DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored event details are not JSON", e);
    }
  }
}
