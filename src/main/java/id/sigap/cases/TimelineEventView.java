package id.sigap.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.sigap.procedure.event.EventType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timeline entry: who did what and when, with the facts of the action beside them. */
// written inside a Response, so the native image cannot find it by itself
@RegisterForReflection
@JsonPropertyOrder({"id", "caseId", "type", "at", "actor"})
@Schema(
    name = "TimelineEvent",
    description = "An entry of a case's timeline; the facts of the action follow as more fields",
    additionalProperties = Schema.True.class)
public record TimelineEventView(
    long id,
    String caseId,
    @Schema(implementation = EventType.class) String type,
    Instant at,
    String actor,
    @Schema(hidden = true) Map<String, Object> details) {

  @JsonAnyGetter
  public Map<String, Object> details() {
    return details;
  }
}
