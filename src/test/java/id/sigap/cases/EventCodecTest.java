package id.sigap.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sigap.procedure.event.CaseEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The stream's and the webhooks' message of a stored event, built from the stored details as they
 * are, against the same message made by parsing the details and writing them again; and its
 * addressee, read only for the types that can have one. One sample of every event type.
 */
@QuarkusTest
class EventCodecTest {

  /** Quotes, a line break and non-ASCII letters: what escaping must survive. */
  static final String TEXT = "Pak \"Budi\" marah\nsekali: café";

  static final Instant AT = Instant.parse("2026-12-03T10:15:30.123456Z");

  @Inject EventCodec codec;

  @Test
  void everyEventsMessageIsWhatParsingAndWritingItsDetailsWouldGive() throws Exception {
    UUID caseId = UUID.randomUUID();
    long id = 41;
    for (CaseEvent event : oneOfEveryType()) {
      String details = codec.detailsText(event);

      ObjectNode expected = JsonNodeFactory.instance.objectNode();
      expected.put("id", id);
      expected.put("caseId", caseId.toString());
      expected.put("type", event.type().name());
      expected.put("at", event.at().toString());
      expected.put("actor", event.actor());
      expected.setAll(codec.parse(details));

      assertThat(codec.wireJson(id, caseId, event.type(), event.at(), event.actor(), details))
          .as(event.type().name())
          .isEqualTo(codec.write(expected));
      id++;
    }
  }

  @Test
  void everyEventsStoredDetailsAreItsFactsButItsActorAndTime() throws Exception {
    for (CaseEvent event : oneOfEveryType()) {
      ObjectNode stored = codec.parse(codec.detailsText(event));

      assertThat(stored).as(event.type().name()).isEqualTo(codec.details(event));
      assertThat(stored.has("actor") || stored.has("at")).as(event.type().name()).isFalse();
      assertThat(stored.size())
          .as(event.type().name() + ": every other component, none of them null")
          .isEqualTo(event.getClass().getRecordComponents().length - 2);
    }
  }

  @Test
  void aCallBacksFinalFlagIsStoredAsFinalAndReadBack() throws Exception {
    CaseEvent.CallBackMade callBack =
        (CaseEvent.CallBackMade)
            oneOfEveryType().stream()
                .filter(e -> e instanceof CaseEvent.CallBackMade)
                .findFirst()
                .orElseThrow();
    ObjectNode stored = codec.parse(codec.detailsText(callBack));

    assertThat(stored.path("final").asBoolean()).isTrue();
    assertThat(stored.has("finalCallBack")).isFalse();
    assertThat(codec.read(callBack.type(), callBack.actor(), callBack.at(), stored))
        .isEqualTo(callBack);
  }

  @Test
  void storedDetailsWrittenWithSpacesStillMakeOneJsonObject() {
    UUID caseId = UUID.randomUUID();
    String wire =
        codec.wireJson(
            7,
            caseId,
            id.sigap.procedure.event.EventType.PROGRESS_CHECKED,
            AT,
            "tl1",
            " { \"note\": \"ok\" } ");
    assertThat(codec.parse(wire).path("note").asText()).isEqualTo("ok");
    assertThat(codec.parse(wire).path("caseId").asText()).isEqualTo(caseId.toString());
    assertThat(
            codec.wireJson(
                8, caseId, id.sigap.procedure.event.EventType.CALL_TAKEN_OVER, AT, "tl1", "{}"))
        .endsWith("\"actor\":\"tl1\"}");
  }

  @Test
  void theAddresseeOfEveryStoredEventIsTheEventsOwn() throws Exception {
    int addressed = 0;
    for (CaseEvent event : oneOfEveryType()) {
      String details = codec.detailsText(event);
      String addressee = codec.addresseeOf(event.type(), event.actor(), event.at(), details);
      assertThat(addressee).as(event.type().name()).isEqualTo(event.addressedTo().orElse(null));
      if (addressee != null) {
        addressed++;
      }
    }
    assertThat(addressed).as("the samples include events that address a hand").isPositive();
  }

  /** Each record type of the sealed interface with a value for every component. */
  static List<CaseEvent> oneOfEveryType() throws Exception {
    List<CaseEvent> events = new ArrayList<>();
    for (Class<?> type : CaseEvent.class.getPermittedSubclasses()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(components[i].getGenericType(), components[i].getName());
      }
      events.add((CaseEvent) type.getDeclaredConstructor(types).newInstance(values));
    }
    assertThat(events).hasSizeGreaterThan(40);
    return events;
  }

  static Object sample(Type type, String name) {
    if (type == String.class) {
      return name.endsWith("Id") ? UUID.randomUUID().toString() : TEXT + " " + name;
    }
    if (type == Instant.class) {
      return AT;
    }
    if (type == int.class || type == Integer.class) {
      return 3;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type instanceof ParameterizedType list
        && list.getRawType() == List.class
        && list.getActualTypeArguments()[0] == String.class) {
      return List.of("tl1", TEXT);
    }
    if (type instanceof ParameterizedType map
        && map.getRawType() == Map.class
        && map.getActualTypeArguments()[0] == String.class) {
      return Map.of("C-TC-1", sample(map.getActualTypeArguments()[1], "value"));
    }
    if (type instanceof Class<?> enumType && enumType.isEnum()) {
      return enumType.getEnumConstants()[0];
    }
    throw new IllegalArgumentException("no sample for " + type + " " + name);
  }
}
