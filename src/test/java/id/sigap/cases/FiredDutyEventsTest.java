package id.sigap.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.event.CaseEvent;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The duty batch loads its cases read-only ({@link CaseRepository#lockFree}), so Hibernate would
 * not write a change a fired event made to a case. The events {@code DutyRules} fires (R-X-2's
 * re-route, R-IN-11's and R-IN-12's overdue follow-ups) must therefore change no column of their
 * case; the re-route changes the hand, which is loaded writable.
 */
class FiredDutyEventsTest {

  private static final Set<Class<? extends CaseEvent>> FIRED_BY_DUTIES =
      Set.of(
          CaseEvent.EscalationRerouted.class,
          CaseEvent.ProgressCheckOverdue.class,
          CaseEvent.CallbackOverdue.class);

  @Test
  void anEventADutyFiresChangesNoColumnOfItsCase_R_X_2_R_IN_11_R_IN_12() throws Exception {
    List<CaseEvent> fired =
        EventCodecTest.oneOfEveryType().stream()
            .filter(e -> FIRED_BY_DUTIES.contains(e.getClass()))
            .toList();
    assertThat(fired).hasSameSizeAs(FIRED_BY_DUTIES);

    for (CaseEvent event : fired) {
      CaseEntity c = everyColumnSet();
      Map<String, Object> before = columnsOf(c);

      CaseEvolution.apply(c, event);

      assertThat(columnsOf(c)).as(event.type().name()).isEqualTo(before);
    }
  }

  @Test
  void aReRouteChangesTheHandsAddressee_R_X_2() throws Exception {
    CaseEvent.EscalationRerouted rerouted =
        (CaseEvent.EscalationRerouted)
            EventCodecTest.oneOfEveryType().stream()
                .filter(e -> e instanceof CaseEvent.EscalationRerouted)
                .findFirst()
                .orElseThrow();
    CaseEntity c = everyColumnSet();

    CaseEvolution.apply(c, rerouted);

    assertThat(c.latestEscalation.targetTl).isEqualTo(rerouted.targetTl());
    assertThat(c.latestEscalation.passedOver).isEqualTo("tl9," + rerouted.from());
  }

  /** A case with a value in every column, and a raised hand. */
  private static CaseEntity everyColumnSet() throws Exception {
    CaseEntity c = new CaseEntity();
    for (Field field : columns()) {
      field.set(c, sample(field));
    }
    EscalationEntity hand = new EscalationEntity();
    hand.id = UUID.randomUUID();
    hand.caseId = c.id;
    hand.status = EscalationStatus.RAISED;
    hand.raisedBy = "agent1";
    hand.targetTl = "tl9";
    hand.firstTargetTl = "tl9";
    hand.raisedAt = EventCodecTest.AT;
    hand.passedOver = "tl9";
    c.latestEscalation = hand;
    return c;
  }

  private static Map<String, Object> columnsOf(CaseEntity c) throws Exception {
    Map<String, Object> values = new HashMap<>();
    for (Field field : columns()) {
      Object value = field.get(c);
      values.put(field.getName(), value instanceof Set<?> set ? Set.copyOf(set) : value);
    }
    return values;
  }

  private static List<Field> columns() {
    List<Field> columns =
        java.util.Arrays.stream(CaseEntity.class.getFields())
            .filter(f -> f.getDeclaringClass() == CaseEntity.class)
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .filter(f -> !f.isAnnotationPresent(Transient.class))
            .toList();
    assertThat(columns).hasSizeGreaterThan(40);
    return columns;
  }

  private static Object sample(Field field) {
    Class<?> type = field.getType();
    if (type == UUID.class) {
      return UUID.randomUUID();
    }
    if (type == String.class) {
      return field.getName() + " sample";
    }
    if (type == Instant.class) {
      return EventCodecTest.AT;
    }
    if (type == boolean.class) {
      return true;
    }
    if (type == int.class) {
      return 2;
    }
    if (type == long.class) {
      return 5L;
    }
    if (type == Set.class) {
      return EnumSet.allOf(id.sigap.procedure.InboundCriterion.class);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[type.getEnumConstants().length - 1];
    }
    throw new IllegalArgumentException("no sample for " + field);
  }
}
