package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.invalid;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.Decision;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.TicketNumberRecorded;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The systems around the floor (SPEC section 9): R-I-1 an integrator (the telephony, the complaint
 * application) acting for a named person, and the complaint application's ticket number.
 */
public final class IntegrationRules {

  /** The complaint application's ticket numbers: letters, digits and separators, as it prints. */
  private static final Pattern TICKET_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}");

  private IntegrationRules() {}

  /**
   * R-I-1: whether {@code caller} may act as {@code person} (null: no active person of that name),
   * who must be one who may take this action themselves ({@code mayAct}) and, when the integrator
   * serves one cluster, of that cluster.
   */
  public static Optional<Rejection> actOnBehalf(
      Actor caller, String named, Actor person, Set<Role> mayAct) {
    if (caller.role() != Role.CTI) {
      return Optional.of(
          unprocessable(
              "R-I-1",
              "Not an integrator",
              "Only a CTI service account acts on behalf of someone; "
                  + caller.username()
                  + " acts as itself"));
    }
    if (named == null || named.isBlank()) {
      return Optional.of(
          invalid(
              "R-I-1",
              "Name the person",
              "A CTI account acts on behalf of the person on the call: name them in the"
                  + " Sigap-On-Behalf-Of header"));
    }
    if (person == null) {
      return Optional.of(
          unprocessable("R-I-1", "Unknown person", "No active person is called " + named));
    }
    if (!mayAct.contains(person.role())) {
      return Optional.of(
          unprocessable(
              "R-I-1",
              "Not theirs to do",
              named
                  + " is "
                  + person.role()
                  + "; this action is taken for "
                  + mayAct.stream().map(Role::name).sorted().toList()));
    }
    if (caller.clusterId() != null && !caller.clusterId().equals(person.clusterId())) {
      return Optional.of(
          unprocessable(
              "R-I-1",
              "Another cluster",
              named
                  + " is not of cluster "
                  + caller.clusterId()
                  + ", the only one "
                  + caller.username()
                  + " serves"));
    }
    return Optional.empty();
  }

  /**
   * R-I-1: the complaint application's ticket number recorded on an open case, or corrected; the
   * number it already has is refused, so a retry adds nothing to the timeline.
   */
  public static Decision recordTicketNumber(
      CaseState c, Actor actor, String ticketNumber, Instant now) {
    return decide(
        () ->
            new TicketNumberRecorded(
                actor.username(), now, ticketNumber, c.ticketNumber(), actor.recordedBy()),
        () -> ticketNumber(ticketNumber),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                !ticketNumber.equals(c.ticketNumber()),
                conflict(
                    "R-I-1",
                    "Ticket number recorded",
                    "The case has ticket number " + ticketNumber + " already")));
  }

  /** R-I-1: a ticket number of the complaint application, as it prints them. */
  public static Optional<Rejection> ticketNumber(String ticketNumber) {
    if (ticketNumber == null || TICKET_NUMBER.matcher(ticketNumber).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        unprocessable(
            "R-I-1",
            "Not a ticket number",
            "A ticket number is up to 64 letters, digits, '/', '_', '.' or '-', starting with a"
                + " letter or digit"));
  }
}
