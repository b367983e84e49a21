package id.sigap.cases.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One entry of a case's timeline: who did what, when, with the facts of that action. */
public record CaseEvent(EventType type, String actor, Instant at, Map<String, Object> details) {

  public CaseEvent {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static CaseEvent of(EventType type, Actor actor, Instant at, Map<String, Object> details) {
    return new CaseEvent(type, actor.username(), at, details);
  }
}
