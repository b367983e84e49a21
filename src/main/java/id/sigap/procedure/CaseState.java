package id.sigap.procedure;

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

  /** How the complaint reached the contact center. */
  default Channel channel() {
    return Channel.INBOUND_VOICE;
  }

  /** The PIC Ticket the TL handed a TelkomCare escalation to (R-TC-3), if any. */
  default String picTicket() {
    return null;
  }

  /** R-F-4: the handover waiting for the receiving TL's answer, if any. */
  default Optional<PendingHandover> pendingHandover() {
    return Optional.empty();
  }

  default boolean telkomCare() {
    return channel() != Channel.INBOUND_VOICE;
  }
}
