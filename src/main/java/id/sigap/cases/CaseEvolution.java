package id.sigap.cases;

import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.HandoverReason;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.UnreachedClosing;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CallBackMade;
import id.sigap.procedure.event.CaseEvent.CallBackRescheduled;
import id.sigap.procedure.event.CaseEvent.CallEnded;
import id.sigap.procedure.event.CaseEvent.CallTakenOver;
import id.sigap.procedure.event.CaseEvent.CallTransferred;
import id.sigap.procedure.event.CaseEvent.CallbackOverdue;
import id.sigap.procedure.event.CaseEvent.CaseAssessed;
import id.sigap.procedure.event.CaseEvent.CaseClosed;
import id.sigap.procedure.event.CaseEvent.CaseCreated;
import id.sigap.procedure.event.CaseEvent.CoordinationAnswered;
import id.sigap.procedure.event.CaseEvent.CustomerChoiceRecorded;
import id.sigap.procedure.event.CaseEvent.EscalationRerouted;
import id.sigap.procedure.event.CaseEvent.FlagConfirmed;
import id.sigap.procedure.event.CaseEvent.FlagOverturned;
import id.sigap.procedure.event.CaseEvent.FollowUpAcknowledged;
import id.sigap.procedure.event.CaseEvent.HandRaised;
import id.sigap.procedure.event.CaseEvent.HandWithdrawn;
import id.sigap.procedure.event.CaseEvent.HandlingTlNamed;
import id.sigap.procedure.event.CaseEvent.HandoverAccepted;
import id.sigap.procedure.event.CaseEvent.HandoverDeclined;
import id.sigap.procedure.event.CaseEvent.HandoverRequested;
import id.sigap.procedure.event.CaseEvent.MissedFlagRaised;
import id.sigap.procedure.event.CaseEvent.PicAssigned;
import id.sigap.procedure.event.CaseEvent.PolicyDecisionRequired;
import id.sigap.procedure.event.CaseEvent.ProgressCheckOverdue;
import id.sigap.procedure.event.CaseEvent.ProgressChecked;
import id.sigap.procedure.event.CaseEvent.ServedAtWorkstation;
import id.sigap.procedure.event.CaseEvent.TelkomCareAssessed;
import id.sigap.procedure.event.CaseEvent.TelkomCareCriterionCorrected;
import id.sigap.procedure.event.CaseEvent.TelkomCareMessageReceived;
import id.sigap.procedure.event.CaseEvent.TlArrived;
import id.sigap.procedure.event.CaseEvent.TlListening;
import id.sigap.procedure.event.CaseEvent.UnitCoordinated;
import id.sigap.procedure.event.CaseEvent.UnreachedClosingApproved;
import id.sigap.procedure.event.CaseEvent.UnreachedClosingDeclined;
import id.sigap.procedure.event.CaseEvent.UnreachedClosingRequested;
import id.sigap.procedure.rules.TelkomCareRules;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * How each accepted event moves a case (and its raised hand) to its next state. A visitor, so that
 * a new event type does not compile until it says what it changes.
 */
final class CaseEvolution implements CaseEvent.Visitor<EscalationEntity> {

  private final CaseEntity c;

  private CaseEvolution(CaseEntity c) {
    this.c = c;
  }

  /** Applies the event; returns a newly raised hand to persist, or null. */
  static EscalationEntity apply(CaseEntity c, CaseEvent event) {
    return event.accept(new CaseEvolution(c));
  }

  @Override
  public EscalationEntity caseCreated(CaseCreated e) {
    return null;
  }

  @Override
  public EscalationEntity caseAssessed(CaseAssessed e) {
    Set<InboundCriterion> criteria = EnumSet.noneOf(InboundCriterion.class);
    e.criteria().forEach(id -> criteria.add(InboundCriterion.fromId(id)));
    c.criteria = criteria;
    c.otherReason = e.otherReason();
    c.hardComplaint = e.hardComplaint();
    return null;
  }

  @Override
  public EscalationEntity handRaised(HandRaised e) {
    EscalationEntity raised = new EscalationEntity();
    raised.id = UUID.fromString(e.escalationId());
    raised.caseId = c.id;
    raised.status = EscalationStatus.RAISED;
    raised.raisedBy = e.actor();
    raised.targetTl = e.targetTl();
    raised.firstTargetTl = e.targetTl();
    raised.takeoverRequested = e.takeoverRequested();
    raised.raisedAt = e.at();
    c.latestEscalation = raised;
    c.callEndedAt = null; // R-C-1: a new hand is a new call
    if (c.status == CaseStatus.OPEN) {
      c.status = CaseStatus.ESCALATED;
    }
    return raised;
  }

  @Override
  public EscalationEntity tlListening(TlListening e) {
    c.latestEscalation.status = EscalationStatus.LISTENING;
    c.latestEscalation.acknowledgedAt = e.at();
    return null;
  }

  @Override
  public EscalationEntity tlArrived(TlArrived e) {
    c.latestEscalation.status = EscalationStatus.AT_WORKSTATION;
    c.latestEscalation.arrivedAt = e.at();
    c.tlAtWorkstation = true;
    return null;
  }

  @Override
  public EscalationEntity escalationRerouted(EscalationRerouted e) {
    String passed = c.latestEscalation.passedOver;
    c.latestEscalation.passedOver =
        passed == null || passed.isEmpty() ? e.from() : passed + "," + e.from();
    c.latestEscalation.targetTl = e.targetTl();
    return null;
  }

  @Override
  public EscalationEntity handlingTlNamed(HandlingTlNamed e) {
    c.handlingTl = e.tl();
    clearPendingHandover();
    return null;
  }

  @Override
  public EscalationEntity callTakenOver(CallTakenOver e) {
    return null;
  }

  @Override
  public EscalationEntity policyDecisionRequired(PolicyDecisionRequired e) {
    c.policyDecisionRequired = true;
    c.policyDecisionCoordinated = false; // R-C-5: a later policy question needs its own answer
    return null;
  }

  @Override
  public EscalationEntity unitCoordinated(UnitCoordinated e) {
    // R-C-5: the policy decision holds once the unit answered (coordinationAnswered)
    if (e.promisedResolutionAt() != null) {
      c.promisedResolutionAt = e.promisedResolutionAt();
    }
    c.status = CaseStatus.IN_PROGRESS;
    schedule(e);
    return null;
  }

  @Override
  public EscalationEntity progressChecked(ProgressChecked e) {
    return null;
  }

  @Override
  public EscalationEntity callBackMade(CallBackMade e) {
    if (e.finalAndReached()) {
      c.finalCallBackAt = e.at();
      c.callBackDueAt = null;
    }
    if (e.unreachedInARow() != null) {
      c.unreachedCallBacks = e.unreachedInARow();
    }
    schedule(e);
    return null;
  }

  @Override
  public EscalationEntity callEnded(CallEnded e) {
    c.callEndedAt = e.at();
    schedule(e);
    return null;
  }

  @Override
  public EscalationEntity customerChoiceRecorded(CustomerChoiceRecorded e) {
    c.customerChoice = CustomerChoice.valueOf(e.choice());
    c.agreedCallBackAt = e.agreedCallBackAt();
    schedule(e);
    return null;
  }

  @Override
  public EscalationEntity callBackRescheduled(CallBackRescheduled e) {
    if (e.agreedWithCustomer()) {
      c.agreedCallBackAt = e.callBackDueAt();
    }
    schedule(e);
    return null;
  }

  @Override
  public EscalationEntity unreachedClosingRequested(UnreachedClosingRequested e) {
    c.unreachedClosingStatus = UnreachedClosing.Status.REQUESTED;
    c.unreachedClosingBy = e.actor();
    c.unreachedClosingReason = e.reason();
    return null;
  }

  @Override
  public EscalationEntity unreachedClosingApproved(UnreachedClosingApproved e) {
    c.unreachedClosingStatus = UnreachedClosing.Status.APPROVED;
    return null;
  }

  @Override
  public EscalationEntity unreachedClosingDeclined(UnreachedClosingDeclined e) {
    c.unreachedClosingStatus = UnreachedClosing.Status.DECLINED;
    return null;
  }

  @Override
  public EscalationEntity coordinationAnswered(CoordinationAnswered e) {
    if (e.settlesPolicyDecision()) {
      c.policyDecisionCoordinated = true;
    }
    if (e.promisedResolutionAt() != null) {
      c.promisedResolutionAt = e.promisedResolutionAt();
    }
    schedule(e);
    return null;
  }

  @Override
  public EscalationEntity problemIdentified(CaseEvent.ProblemIdentified e) {
    c.identifiedCategory = e.category();
    c.identifiedBy = e.actor();
    return null;
  }

  @Override
  public EscalationEntity directionGiven(CaseEvent.DirectionGiven e) {
    return null;
  }

  /** R-C-9: the assigned TelkomCare agent owns the thread: it is theirs to see and answer. */
  @Override
  public EscalationEntity threadAssigned(CaseEvent.ThreadAssigned e) {
    c.createdBy = e.agent();
    return null;
  }

  @Override
  public EscalationEntity replySent(CaseEvent.ReplySent e) {
    return null;
  }

  @Override
  public EscalationEntity ticketNumberRecorded(CaseEvent.TicketNumberRecorded e) {
    c.ticketNumber = e.ticketNumber();
    return null;
  }

  @Override
  public EscalationEntity followUpAcknowledged(FollowUpAcknowledged e) {
    String entry = e.role() + ":" + e.actor();
    c.followUpAcknowledgedBy =
        c.followUpAcknowledgedBy == null ? entry : c.followUpAcknowledgedBy + "," + entry;
    return null;
  }

  @Override
  public EscalationEntity missedFlagRaised(MissedFlagRaised e) {
    Set<InboundCriterion> criteria = EnumSet.noneOf(InboundCriterion.class);
    e.criteria().forEach(id -> criteria.add(InboundCriterion.fromId(id)));
    c.criteria = criteria;
    c.otherReason = e.otherReason();
    c.hardComplaint = true;
    c.flagReview = "MISSED"; // K-1: the agent missed it; the reviewer's flag needs no review
    return null;
  }

  /** R-C-2, R-C-3, R-IN-12: the procedure's view of the call-back clock the duty keeps. */
  private void schedule(CaseEvent e) {
    e.setsCallBackDueAt().ifPresent(due -> c.callBackDueAt = due);
  }

  @Override
  public EscalationEntity callTransferred(CallTransferred e) {
    return null;
  }

  @Override
  public EscalationEntity servedAtWorkstation(ServedAtWorkstation e) {
    return null;
  }

  @Override
  public EscalationEntity flagConfirmed(FlagConfirmed e) {
    c.flagReview = "CONFIRMED";
    return null;
  }

  @Override
  public EscalationEntity flagOverturned(FlagOverturned e) {
    c.flagReview = "OVERTURNED";
    c.hardComplaint = false;
    c.callBackDueAt = null; // R-C-7: a normal complaint has no call-back clock
    return null;
  }

  @Override
  public EscalationEntity caseClosed(CaseClosed e) {
    c.status = CaseStatus.CLOSED;
    c.closedAt = e.at();
    c.callBackDueAt = null;
    c.resolution = e.resolution();
    c.resolutionCategory = e.resolutionCategory();
    clearPendingHandover();
    return null;
  }

  @Override
  public EscalationEntity handoverRequested(HandoverRequested e) {
    c.pendingHandoverId = UUID.fromString(e.handoverId());
    c.pendingHandoverTo = e.to();
    c.pendingHandoverReason = HandoverReason.valueOf(e.reason());
    c.pendingHandoverAt = e.at();
    return null;
  }

  @Override
  public EscalationEntity handoverAccepted(HandoverAccepted e) {
    c.handlingTl = e.actor();
    clearPendingHandover();
    return null;
  }

  @Override
  public EscalationEntity handoverDeclined(HandoverDeclined e) {
    clearPendingHandover();
    return null;
  }

  @Override
  public EscalationEntity handWithdrawn(HandWithdrawn e) {
    c.latestEscalation.status = EscalationStatus.WITHDRAWN;
    c.latestEscalation.withdrawnAt = e.at();
    c.latestEscalation.withdrawReason = e.reason();
    // no TL ever came: the case is the agent's again, who may raise a hand when the customer calls
    if (c.status == CaseStatus.ESCALATED && !c.tlAtWorkstation && c.handlingTl == null) {
      c.status = CaseStatus.OPEN;
    }
    return null;
  }

  private void clearPendingHandover() {
    c.pendingHandoverId = null;
    c.pendingHandoverTo = null;
    c.pendingHandoverReason = null;
    c.pendingHandoverAt = null;
  }

  @Override
  public EscalationEntity progressCheckOverdue(ProgressCheckOverdue e) {
    return null;
  }

  @Override
  public EscalationEntity callbackOverdue(CallbackOverdue e) {
    return null;
  }

  @Override
  public EscalationEntity telkomCareMessageReceived(TelkomCareMessageReceived e) {
    return null;
  }

  @Override
  public EscalationEntity telkomCareAssessed(TelkomCareAssessed e) {
    c.hardComplaint = e.hardComplaint();
    return null;
  }

  @Override
  public EscalationEntity telkomCareCriterionCorrected(TelkomCareCriterionCorrected e) {
    c.telkomcareCorrections =
        TelkomCareRules.withCorrection(c.telkomcareCorrections, e.criterion(), e.met());
    return null;
  }

  @Override
  public EscalationEntity picAssigned(PicAssigned e) {
    c.picTicket = e.pic();
    return null;
  }
}
