package id.sigap.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.EventType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place where a timeline event becomes the JSON stored in {@code case_event.details} and
 * back: the record's components but its actor and time (columns of their own), nulls left out. The
 * stored shape is the stream's wire format, so a component's name is its key; {@code finalCallBack}
 * is stored as {@code final}, a word Java keeps for itself.
 */
@ApplicationScoped
@RegisterForReflection(
    targets = {
      CaseEvent.CaseCreated.class,
      CaseEvent.CaseAssessed.class,
      CaseEvent.HandRaised.class,
      CaseEvent.TlListening.class,
      CaseEvent.TlArrived.class,
      CaseEvent.HandlingTlNamed.class,
      CaseEvent.CallTakenOver.class,
      CaseEvent.PolicyDecisionRequired.class,
      CaseEvent.UnitCoordinated.class,
      CaseEvent.ProgressChecked.class,
      CaseEvent.CallBackMade.class,
      CaseEvent.CallTransferred.class,
      CaseEvent.ServedAtWorkstation.class,
      CaseEvent.FlagConfirmed.class,
      CaseEvent.FlagOverturned.class,
      CaseEvent.CaseClosed.class,
      CaseEvent.EscalationRerouted.class,
      CaseEvent.ProgressCheckOverdue.class,
      CaseEvent.CallbackOverdue.class,
      CaseEvent.TelkomCareMessageReceived.class,
      CaseEvent.TelkomCareAssessed.class,
      CaseEvent.TelkomCareCriterionCorrected.class,
      CaseEvent.PicAssigned.class,
      CaseEvent.HandoverRequested.class,
      CaseEvent.HandoverAccepted.class,
      CaseEvent.HandoverDeclined.class,
      CaseEvent.HandWithdrawn.class,
      CaseEvent.CallEnded.class,
      CaseEvent.CustomerChoiceRecorded.class,
      CaseEvent.CallBackRescheduled.class,
      CaseEvent.UnreachedClosingRequested.class,
      CaseEvent.UnreachedClosingApproved.class,
      CaseEvent.UnreachedClosingDeclined.class,
      CaseEvent.MissedFlagRaised.class,
      CaseEvent.CoordinationAnswered.class,
      CaseEvent.FollowUpAcknowledged.class,
      CaseEvent.TicketNumberRecorded.class,
      CaseEvent.ProblemIdentified.class,
      CaseEvent.DirectionGiven.class,
      CaseEvent.ThreadAssigned.class,
      CaseEvent.ReplySent.class
    })
public class EventCodec {

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
  private static final String FINAL_IN_JAVA = "finalCallBack";
  private static final String FINAL_STORED = "final";

  private final ObjectMapper json;
  private final ObjectWriter storedDetails;
  private final Set<EventType> addressing = addressingTypes();

  public EventCodec(ObjectMapper json) {
    this.json =
        json.copy()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);
    this.storedDetails =
        this.json
            .copy()
            .addMixIn(CaseEvent.class, StoredDetails.class)
            .addMixIn(CaseEvent.CallBackMade.class, StoredCallBack.class)
            .writer();
  }

  /** The stored details leave out the actor and the time, which have columns of their own. */
  @JsonIgnoreProperties({"actor", "at"})
  private interface StoredDetails {}

  /** {@code final} is a word Java keeps for itself. */
  private abstract static class StoredCallBack {
    @JsonProperty(FINAL_STORED)
    abstract boolean finalCallBack();
  }

  /** The facts of the event as stored and sent: everything but its actor and time. */
  public ObjectNode details(CaseEvent event) {
    ObjectNode node = json.valueToTree(event);
    node.remove("actor");
    node.remove("at");
    JsonNode isFinal = node.remove(FINAL_IN_JAVA);
    if (isFinal != null) {
      node.set(FINAL_STORED, isFinal);
    }
    return node;
  }

  /**
   * The stored details of the event written in one pass, the same JSON object as {@link #details}
   * makes: intake, every action and every fired duty write one, and building the tree first doubled
   * the cost.
   */
  public String detailsText(CaseEvent event) {
    try {
      return storedDetails.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Event details must be plain JSON values", e);
    }
  }

  public Map<String, Object> detailsMap(CaseEvent event) {
    return json.convertValue(details(event), DETAILS);
  }

  /** The event a stored row holds. */
  public CaseEvent read(EventType type, String actor, Instant at, ObjectNode details) {
    ObjectNode node = details.deepCopy();
    JsonNode isFinal = node.remove(FINAL_STORED);
    if (isFinal != null) {
      node.set(FINAL_IN_JAVA, isFinal);
    }
    node.put("actor", actor);
    node.set("at", json.valueToTree(at));
    try {
      return json.treeToValue(node, classOf(type));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored " + type + " event does not fit its type", e);
    }
  }

  /**
   * A stored event as the stream and the webhooks send it: its id, case, type, time and actor, then
   * its stored details. Those are written into the message as stored, which is what parsing them
   * and writing them again would give: every replica sends every new event, and parsing each one
   * cost more than the rest of its sending.
   */
  public String wireJson(
      long id, java.util.UUID caseId, EventType type, Instant at, String actor, String details) {
    String object = details.strip();
    if (!object.startsWith("{") || !object.endsWith("}")) {
      throw new IllegalStateException("Stored event details are not a JSON object");
    }
    String fields = object.substring(1, object.length() - 1).strip();
    StringBuilder wire =
        new StringBuilder(fields.length() + 160)
            .append("{\"id\":")
            .append(id)
            .append(",\"caseId\":\"")
            .append(caseId)
            .append("\",\"type\":\"")
            .append(type.name())
            .append("\",\"at\":\"")
            .append(at)
            .append("\",\"actor\":");
    if (actor == null) {
      wire.append("null");
    } else {
      wire.append('"').append(JsonStringEncoder.getInstance().quoteAsString(actor)).append('"');
    }
    if (!fields.isEmpty()) {
      wire.append(',').append(fields);
    }
    return wire.append('}').toString();
  }

  /**
   * Whom a stored event addresses a hand to, or null; only the types that can address one are read
   * in full.
   */
  public String addresseeOf(EventType type, String actor, Instant at, String details) {
    return addressing.contains(type)
        ? read(type, actor, at, parse(details)).addressedTo().orElse(null)
        : null;
  }

  /**
   * The types whose events override {@link CaseEvent#addressedTo()}: declared by the event's own
   * class (registered for reflection above, also in the native image).
   */
  private static Set<EventType> addressingTypes() {
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    for (EventType type : EventType.values()) {
      try {
        classOf(type).getDeclaredMethod("addressedTo");
        types.add(type);
      } catch (NoSuchMethodException e) {
        // the interface's default: addresses no one
      }
    }
    return types;
  }

  public ObjectNode parse(String details) {
    try {
      return (ObjectNode) json.readTree(details);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("Stored event details are not a JSON object", e);
    }
  }

  public Map<String, Object> parseMap(String details) {
    return json.convertValue(parse(details), DETAILS);
  }

  public String write(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Event details must be plain JSON values", e);
    }
  }

  static Class<? extends CaseEvent> classOf(EventType type) {
    return switch (type) {
      case CASE_CREATED -> CaseEvent.CaseCreated.class;
      case TICKET_NUMBER_RECORDED -> CaseEvent.TicketNumberRecorded.class;
      case PROBLEM_IDENTIFIED -> CaseEvent.ProblemIdentified.class;
      case DIRECTION_GIVEN -> CaseEvent.DirectionGiven.class;
      case THREAD_ASSIGNED -> CaseEvent.ThreadAssigned.class;
      case REPLY_SENT -> CaseEvent.ReplySent.class;
      case CASE_ASSESSED -> CaseEvent.CaseAssessed.class;
      case HAND_RAISED -> CaseEvent.HandRaised.class;
      case TL_LISTENING -> CaseEvent.TlListening.class;
      case TL_ARRIVED -> CaseEvent.TlArrived.class;
      case HANDLING_TL_NAMED -> CaseEvent.HandlingTlNamed.class;
      case CALL_TAKEN_OVER -> CaseEvent.CallTakenOver.class;
      case POLICY_DECISION_REQUIRED -> CaseEvent.PolicyDecisionRequired.class;
      case UNIT_COORDINATED -> CaseEvent.UnitCoordinated.class;
      case PROGRESS_CHECKED -> CaseEvent.ProgressChecked.class;
      case CALL_BACK_MADE -> CaseEvent.CallBackMade.class;
      case CALL_TRANSFERRED -> CaseEvent.CallTransferred.class;
      case SERVED_AT_WORKSTATION -> CaseEvent.ServedAtWorkstation.class;
      case FLAG_CONFIRMED -> CaseEvent.FlagConfirmed.class;
      case FLAG_OVERTURNED -> CaseEvent.FlagOverturned.class;
      case CASE_CLOSED -> CaseEvent.CaseClosed.class;
      case ESCALATION_REROUTED -> CaseEvent.EscalationRerouted.class;
      case PROGRESS_CHECK_OVERDUE -> CaseEvent.ProgressCheckOverdue.class;
      case CALLBACK_OVERDUE -> CaseEvent.CallbackOverdue.class;
      case TELKOMCARE_MESSAGE_RECEIVED -> CaseEvent.TelkomCareMessageReceived.class;
      case TELKOMCARE_ASSESSED -> CaseEvent.TelkomCareAssessed.class;
      case TELKOMCARE_CRITERION_CORRECTED -> CaseEvent.TelkomCareCriterionCorrected.class;
      case PIC_ASSIGNED -> CaseEvent.PicAssigned.class;
      case HANDOVER_REQUESTED -> CaseEvent.HandoverRequested.class;
      case HANDOVER_ACCEPTED -> CaseEvent.HandoverAccepted.class;
      case HANDOVER_DECLINED -> CaseEvent.HandoverDeclined.class;
      case HAND_WITHDRAWN -> CaseEvent.HandWithdrawn.class;
      case CALL_ENDED -> CaseEvent.CallEnded.class;
      case CUSTOMER_CHOICE_RECORDED -> CaseEvent.CustomerChoiceRecorded.class;
      case CALL_BACK_RESCHEDULED -> CaseEvent.CallBackRescheduled.class;
      case UNREACHED_CLOSING_REQUESTED -> CaseEvent.UnreachedClosingRequested.class;
      case UNREACHED_CLOSING_APPROVED -> CaseEvent.UnreachedClosingApproved.class;
      case UNREACHED_CLOSING_DECLINED -> CaseEvent.UnreachedClosingDeclined.class;
      case MISSED_FLAG_RAISED -> CaseEvent.MissedFlagRaised.class;
      case COORDINATION_ANSWERED -> CaseEvent.CoordinationAnswered.class;
      case FOLLOW_UP_ACKNOWLEDGED -> CaseEvent.FollowUpAcknowledged.class;
    };
  }
}
