package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;
import static id.sigap.procedure.rules.EscalationRules.refuseUnlessRouted;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.Decision;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.PicAssigned;
import id.sigap.procedure.event.CaseEvent.TelkomCareAssessed;
import id.sigap.procedure.event.CaseEvent.TelkomCareCriterionCorrected;
import id.sigap.procedure.event.CaseEvent.TelkomCareMessageReceived;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules of the TelkomCare channel (SPEC section 4) as decisions, beside the inbound ones: a
 * thread's messages arrive, the detector's verdict with people's corrections decides whether it is
 * hard (R-TC-1), a hard thread raises a hand for the cluster's TL at once (R-TC-2), and the TL
 * hands the escalation to a PIC Ticket who follows it up (R-TC-3). No framework, no clock.
 */
public final class TelkomCareRules {

  /** The five criteria of R-TC-1, as the spec writes them. */
  public static final List<String> CRITERIA =
      List.of("C-TC-1", "C-TC-2", "C-TC-3", "C-TC-4", "C-TC-5");

  /** Where a hand raised for a TelkomCare thread came from. */
  public static final String SOURCE = "TELKOMCARE";

  private TelkomCareRules() {}

  /** R-TC-1: the verdict, with each correction overriding what the detector found. */
  public record Verdict(boolean hardComplaint, int criteriaMet, Map<String, Boolean> criteria) {}

  public static Verdict verdict(
      Map<String, Boolean> detected, Map<String, Boolean> corrections, int minimumCriteria) {
    Map<String, Boolean> effective = new LinkedHashMap<>();
    int met = 0;
    for (String criterion : CRITERIA) {
      boolean holds =
          corrections.containsKey(criterion)
              ? corrections.get(criterion)
              : Boolean.TRUE.equals(detected.get(criterion));
      effective.put(criterion, holds);
      met += holds ? 1 : 0;
    }
    return new Verdict(met >= minimumCriteria, met, effective);
  }

  /** One post or e-mail of the customer's thread reached Sigap. */
  public static Decision receiveMessage(
      CaseState c,
      Actor integrator,
      String externalId,
      Instant postedAt,
      String text,
      String inReplyTo,
      Instant now) {
    return decide(
        () ->
            new TelkomCareMessageReceived(
                integrator.username(), now, externalId, postedAt, text, inReplyTo),
        () -> refuseIfClosed(c),
        () -> refuseUnlessTelkomCare(c, "R-TC-1"));
  }

  /**
   * R-TC-1: the thread was judged again; recorded only when the verdict or a criterion changed
   * ({@code previous} is null before the first judgement).
   */
  public static Optional<Decision> assessed(
      CaseState c, Actor actor, Verdict previous, Verdict next, Instant now) {
    if (previous != null && previous.equals(next)) {
      return Optional.empty();
    }
    return Optional.of(
        decide(
            () ->
                new TelkomCareAssessed(
                    actor.username(),
                    now,
                    next.hardComplaint(),
                    next.criteriaMet(),
                    next.criteria()),
            () -> refuseUnlessTelkomCare(c, "R-TC-1")));
  }

  /** R-TC-1: the agent, TL or PIC corrects one criterion, with a reason. */
  public static Decision correctCriterion(
      CaseState c,
      Actor actor,
      String criterion,
      Boolean detected,
      boolean met,
      String reason,
      Instant now) {
    return decide(
        () ->
            new TelkomCareCriterionCorrected(
                actor.username(), now, criterion, detected, met, reason),
        () -> refuseIfClosed(c),
        () -> refuseUnlessTelkomCare(c, "R-TC-1"),
        () ->
            refuseUnless(
                CRITERIA.contains(criterion),
                unprocessable(
                    "R-TC-1",
                    "Unknown criterion",
                    "TelkomCare criteria are " + String.join(", ", CRITERIA))),
        () ->
            refuseUnless(
                reason != null && !reason.isBlank(),
                unprocessable(
                    "R-TC-1", "Reason missing", "A correction of a criterion needs a reason")));
  }

  /**
   * R-TC-2: a hard thread is reported to the TL at the cluster desk at once, by Sigap itself. One
   * hand per thread: a later change of verdict neither raises another nor lowers it.
   */
  public static Decision raiseHand(
      CaseState c, Actor reporter, String escalationId, FloorRules.Route route, Instant now) {
    return decide(
        () -> EscalationRules.handRaised(reporter, escalationId, route, false, SOURCE, now),
        () -> refuseIfClosed(c),
        () -> refuseUnlessTelkomCare(c, "R-TC-2"),
        () ->
            refuseUnless(
                c.hardComplaint(),
                unprocessable(
                    "R-TC-2",
                    "Not a hard complaint",
                    "A TelkomCare hand is raised when the thread meets the policy's minimum")),
        () ->
            refuseUnless(
                c.escalation().isEmpty(),
                conflict("R-TC-2", "Already reported", "This thread was already reported to a TL")),
        () -> refuseUnlessRouted(c, route.to()));
  }

  /** R-TC-3: the TL hands the hard-complaint escalation to a PIC Ticket. */
  public static Decision handOverToPic(CaseState c, Actor tl, Actor pic, Instant now) {
    return decide(
        () -> new PicAssigned(tl.username(), now, pic == null ? "" : pic.username()),
        () -> refuseIfClosed(c),
        () -> refuseUnlessTelkomCare(c, "R-TC-3"),
        () ->
            refuseUnless(
                c.escalation().isPresent(),
                conflict(
                    "R-TC-3",
                    "No escalation yet",
                    "The thread has not been reported to a TL (R-TC-2); nothing to hand over")),
        () ->
            refuseUnless(
                pic != null && pic.role() == Role.PIC_TICKET,
                unprocessable(
                    "R-TC-3",
                    "Not a PIC Ticket",
                    "The escalation is handed to a user with the PIC Ticket role")),
        () ->
            refuseUnless(
                !pic.username().equals(c.picTicket()),
                conflict("R-TC-3", "Already assigned", pic.username() + " already has it")));
  }

  /**
   * R-TC-3: a PIC Ticket follows up only TelkomCare cases handed to them; anyone else goes on to
   * the follow-up rules unchanged.
   */
  public static Decision followUp(CaseState c, Actor actor, Decision followUp) {
    if (actor.role() != Role.PIC_TICKET) {
      return followUp;
    }
    Optional<Rejection> refusal =
        refuseUnlessTelkomCare(c, "R-TC-3")
            .or(
                () ->
                    refuseUnless(
                        actor.username().equals(c.picTicket()),
                        conflict(
                            "R-TC-3",
                            "Not handed to you",
                            "The TL hands the escalation to a PIC Ticket before they follow it"
                                + " up; this one is "
                                + (c.picTicket() == null ? "not handed over" : c.picTicket()))));
    return refusal.map(Decision::refuse).orElse(followUp);
  }

  /** The corrections kept on a case, {@code C-TC-1=true,C-TC-4=false}. */
  public static Map<String, Boolean> corrections(String stored) {
    Map<String, Boolean> corrections = new TreeMap<>();
    if (stored == null || stored.isBlank()) {
      return corrections;
    }
    for (String pair : stored.split(",")) {
      String[] parts = pair.split("=", 2);
      corrections.put(parts[0], Boolean.parseBoolean(parts[1]));
    }
    return corrections;
  }

  public static String withCorrection(String stored, String criterion, boolean met) {
    Map<String, Boolean> corrections = corrections(stored);
    corrections.put(criterion, met);
    StringBuilder text = new StringBuilder();
    corrections.forEach(
        (id, holds) -> text.append(text.isEmpty() ? "" : ",").append(id).append('=').append(holds));
    return text.toString();
  }

  private static Optional<Rejection> refuseUnlessTelkomCare(CaseState c, String rule) {
    return refuseUnless(
        c.telkomCare(),
        unprocessable(rule, "Not a TelkomCare case", "This rule applies to TelkomCare threads"));
  }
}
