package id.sigap.cases.domain;

import java.util.Optional;

/** What the procedure needs to know of a case to decide on the next action. */
public interface CaseState {

  CaseStatus status();

  String clusterId();

  String createdBy();

  boolean hardComplaint();

  String handlingTl();

  boolean policyDecisionRequired();

  boolean policyDecisionCoordinated();

  boolean tlAtWorkstation();

  boolean finalCallBackReached();

  boolean flagReviewed();

  /** The latest raised hand, if any. */
  Optional<EscalationState> escalation();
}
