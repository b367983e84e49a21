package id.sigap.cases;

import id.sigap.cases.domain.CaseEvent;
import id.sigap.cases.domain.CaseStatus;
import id.sigap.cases.domain.EscalationStatus;
import id.sigap.cases.domain.InboundCriterion;
import id.sigap.cases.domain.TelkomCareProcedure;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** How each accepted event moves a case (and its raised hand) to its next state. */
final class CaseEvolution {

  private CaseEvolution() {}

  /** Applies the event; returns a newly raised hand to persist, or null. */
  static EscalationEntity apply(CaseEntity c, CaseEvent event) {
    EscalationEntity hand = c.latestEscalation;
    switch (event.type()) {
      case CASE_ASSESSED -> {
        c.criteria = criteriaOf(event);
        c.otherReason = (String) event.details().get("otherReason");
        c.hardComplaint = (Boolean) event.details().get("hardComplaint");
      }
      case HAND_RAISED -> {
        EscalationEntity raised = new EscalationEntity();
        raised.id = UUID.fromString((String) event.details().get("escalationId"));
        raised.caseId = c.id;
        raised.status = EscalationStatus.RAISED;
        raised.raisedBy = event.actor();
        raised.targetTl = (String) event.details().get("targetTl");
        raised.takeoverRequested = (Boolean) event.details().get("takeoverRequested");
        raised.raisedAt = event.at();
        c.latestEscalation = raised;
        if (c.status == CaseStatus.OPEN) {
          c.status = CaseStatus.ESCALATED;
        }
        return raised;
      }
      case TL_LISTENING -> {
        hand.status = EscalationStatus.LISTENING;
        hand.acknowledgedAt = event.at();
      }
      case TL_ARRIVED -> {
        hand.status = EscalationStatus.AT_WORKSTATION;
        hand.arrivedAt = event.at();
        c.tlAtWorkstation = true;
      }
      case ESCALATION_REROUTED -> hand.targetTl = (String) event.details().get("targetTl");
      case HANDLING_TL_NAMED -> c.handlingTl = (String) event.details().get("tl");
      case POLICY_DECISION_REQUIRED -> c.policyDecisionRequired = true;
      case UNIT_COORDINATED -> {
        if (Boolean.TRUE.equals(event.details().get("policyDecision"))) {
          c.policyDecisionCoordinated = true;
        }
        if (event.details().get("promisedResolutionAt") instanceof String promised) {
          c.promisedResolutionAt = java.time.Instant.parse(promised);
        }
        c.status = CaseStatus.IN_PROGRESS;
      }
      case CALL_BACK_MADE -> {
        if (Boolean.TRUE.equals(event.details().get("final"))
            && "REACHED".equals(event.details().get("outcome"))) {
          c.finalCallBackAt = event.at();
        }
      }
      case FLAG_CONFIRMED -> c.flagReview = "CONFIRMED";
      case FLAG_OVERTURNED -> {
        c.flagReview = "OVERTURNED";
        c.hardComplaint = false;
      }
      case CASE_CLOSED -> {
        c.status = CaseStatus.CLOSED;
        c.closedAt = event.at();
        c.resolution = (String) event.details().get("resolution");
      }
      case TELKOMCARE_ASSESSED ->
          c.hardComplaint = Boolean.TRUE.equals(event.details().get("hardComplaint"));
      case TELKOMCARE_CRITERION_CORRECTED ->
          c.telkomcareCorrections =
              TelkomCareProcedure.withCorrection(
                  c.telkomcareCorrections,
                  (String) event.details().get("criterion"),
                  Boolean.TRUE.equals(event.details().get("met")));
      case PIC_ASSIGNED -> c.picTicket = (String) event.details().get("pic");
      default -> {
        // the remaining events record what happened without changing the case's state
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Set<InboundCriterion> criteriaOf(CaseEvent event) {
    Set<InboundCriterion> criteria = EnumSet.noneOf(InboundCriterion.class);
    ((List<String>) event.details().get("criteria"))
        .forEach(id -> criteria.add(InboundCriterion.fromId(id)));
    return criteria;
  }
}
