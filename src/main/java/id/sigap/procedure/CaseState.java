package id.sigap.procedure;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

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

  /** K-4: the category the TL identified the problem as, if they did. */
  default String identifiedCategory() {
    return null;
  }

  /** R-I-1: the complaint application's ticket number, once recorded. */
  default String ticketNumber() {
    return null;
  }

  /** The PIC Ticket the TL handed a TelkomCare escalation to (R-TC-3), if any. */
  default String picTicket() {
    return null;
  }

  /** R-F-4: the handover waiting for the receiving TL's answer, if any. */
  default Optional<PendingHandover> pendingHandover() {
    return Optional.empty();
  }

  /** R-C-2: the customer's choice, once recorded. */
  default Optional<CustomerChoice> customerChoice() {
    return Optional.empty();
  }

  /** R-C-1: when the latest call ended, if it has (a new hand is a new call). */
  default Optional<Instant> callEndedAt() {
    return Optional.empty();
  }

  default boolean callEnded() {
    return callEndedAt().isPresent();
  }

  /** R-C-2: the time the customer agreed to be called back at, if they named one. */
  default Optional<Instant> agreedCallBackAt() {
    return Optional.empty();
  }

  /** R-C-2, R-C-3: when the next call back is due, if its clock runs. */
  default Optional<Instant> callBackDueAt() {
    return Optional.empty();
  }

  /** R-C-4: the call backs in a row that did not reach the customer. */
  default int unreachedCallBacks() {
    return 0;
  }

  /** R-C-4: the request to close without reaching the customer, if one was made. */
  default Optional<UnreachedClosing> unreachedClosing() {
    return Optional.empty();
  }

  /** R-C-4: an SPV approved closing without a final reached call back. */
  default boolean unreachedClosingApproved() {
    return unreachedClosing()
        .map(u -> u.status() == UnreachedClosing.Status.APPROVED)
        .orElse(false);
  }

  /** R-C-3: the related unit's promised resolution time, if one was given. */
  default Optional<Instant> promisedResolutionAt() {
    return Optional.empty();
  }

  /** R-C-7: the TL overturned the flag: a reviewed case that is no hard complaint. */
  default boolean flagOverturned() {
    return flagReviewed() && !hardComplaint();
  }

  /** R-C-6: who acknowledged the documented follow-up, by username. */
  default Set<String> followUpAcknowledgedBy() {
    return Set.of();
  }

  default boolean telkomCare() {
    return channel() != Channel.INBOUND_VOICE;
  }
}
