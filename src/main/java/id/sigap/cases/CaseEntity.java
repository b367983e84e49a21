package id.sigap.cases;

import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Channel;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.HandoverReason;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.PendingHandover;
import id.sigap.procedure.UnreachedClosing;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A customer's complaint and where it stands; the procedure reads it as a {@link CaseState}. */
@Entity
@Table(name = "hard_complaint_case")
public class CaseEntity extends PanacheEntityBase implements CaseState {

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  @Enumerated(EnumType.STRING)
  public CaseStatus status;

  @Column(name = "hard_complaint")
  public boolean hardComplaint;

  @Column(name = "customer_name")
  public String customerName;

  @Column(name = "customer_phone")
  public String customerPhone;

  /** R-C-8: the number's digits from the country code on, to find the customer's other cases. */
  @Column(name = "customer_phone_digits")
  public String customerPhoneDigits;

  /** R-C-8: the customer the contact named when the case was taken in. */
  @Column(name = "customer_id")
  public UUID customerId;

  /** R-C-8: the service number (IndiHome, internet) the customer gave, as its digits. */
  @Column(name = "customer_service_number")
  public String customerServiceNumber;

  /** K-4: the category the TL identified the problem as while listening, and who did. */
  @Column(name = "identified_category")
  public String identifiedCategory;

  @Column(name = "identified_by")
  public String identifiedBy;

  /** K-4: the resolution's category at closing. */
  @Column(name = "resolution_category")
  public String resolutionCategory;

  /** R-C-8: the customer's case that closed within the repeat window before this contact. */
  @Column(name = "repeat_of")
  public UUID repeatOf;

  /** R-I-1: the complaint application's ticket number, once it is known. */
  @Column(name = "ticket_number")
  public String ticketNumber;

  public String summary;

  @Column(name = "cluster_id")
  public String clusterId;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Convert(converter = CriteriaConverter.class)
  public Set<InboundCriterion> criteria = EnumSet.noneOf(InboundCriterion.class);

  @Column(name = "other_reason")
  public String otherReason;

  @Column(name = "handling_tl")
  public String handlingTl;

  @Column(name = "policy_decision_required")
  public boolean policyDecisionRequired;

  @Column(name = "policy_decision_coordinated")
  public boolean policyDecisionCoordinated;

  @Column(name = "tl_at_workstation")
  public boolean tlAtWorkstation;

  @Column(name = "final_call_back_at")
  public Instant finalCallBackAt;

  @Column(name = "flag_review")
  public String flagReview;

  @Column(name = "policy_revision")
  public String policyRevision;

  @Column(name = "promised_resolution_at")
  public Instant promisedResolutionAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  public String resolution;

  /** TelkomCare: whose thread this is, the handle or (e-mail without one) the name. */
  @Column(name = "author_handle")
  public String authorHandle;

  /** TelkomCare: the platform the thread is on, a {@code TelkomCarePlatform}'s name (R-C-8). */
  public String platform;

  /** TelkomCare: the latest assessment of the thread with its evidence, as JSON. */
  @Column(name = "telkomcare_assessment")
  public String telkomcareAssessment;

  /** TelkomCare: the criteria people corrected, e.g. {@code C-TC-1=true,C-TC-4=false}. */
  @Column(name = "telkomcare_corrections")
  public String telkomcareCorrections;

  /** TelkomCare: the PIC Ticket following the escalation up (R-TC-3). */
  @Column(name = "pic_ticket")
  public String picTicket;

  /** R-F-4: the handover waiting for the receiving TL, if any. */
  @Column(name = "pending_handover_id")
  public UUID pendingHandoverId;

  @Column(name = "pending_handover_to")
  public String pendingHandoverTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "pending_handover_reason")
  public HandoverReason pendingHandoverReason;

  @Column(name = "pending_handover_at")
  public Instant pendingHandoverAt;

  /** R-C-2: what the customer chose; null until recorded. */
  @Enumerated(EnumType.STRING)
  @Column(name = "customer_choice")
  public CustomerChoice customerChoice;

  @Column(name = "agreed_call_back_at")
  public Instant agreedCallBackAt;

  /** R-C-1: when the latest call ended; a new hand starts a new call. */
  @Column(name = "call_ended_at")
  public Instant callEndedAt;

  /** R-C-2, R-C-3, R-IN-12: when the next call back is due, as its duty says. */
  @Column(name = "call_back_due_at")
  public Instant callBackDueAt;

  /** R-C-4: call backs in a row that did not reach the customer. */
  @Column(name = "unreached_call_backs")
  public int unreachedCallBacks;

  @Enumerated(EnumType.STRING)
  @Column(name = "unreached_closing_status")
  public UnreachedClosing.Status unreachedClosingStatus;

  @Column(name = "unreached_closing_by")
  public String unreachedClosingBy;

  @Column(name = "unreached_closing_reason")
  public String unreachedClosingReason;

  /** R-C-6: {@code ROLE:username} of each acknowledgement of the follow-up, comma-separated. */
  @Column(name = "follow_up_acknowledged_by")
  public String followUpAcknowledgedBy;

  @Version public long version;

  /** The latest raised hand, loaded with the case. */
  @Transient public EscalationEntity latestEscalation;

  @Override
  public CaseStatus status() {
    return status;
  }

  @Override
  public String clusterId() {
    return clusterId;
  }

  @Override
  public String createdBy() {
    return createdBy;
  }

  @Override
  public boolean hardComplaint() {
    return hardComplaint;
  }

  @Override
  public String handlingTl() {
    return handlingTl;
  }

  @Override
  public boolean policyDecisionRequired() {
    return policyDecisionRequired;
  }

  @Override
  public boolean policyDecisionCoordinated() {
    return policyDecisionCoordinated;
  }

  @Override
  public boolean tlAtWorkstation() {
    return tlAtWorkstation;
  }

  @Override
  public boolean finalCallBackReached() {
    return finalCallBackAt != null;
  }

  @Override
  public boolean flagReviewed() {
    return flagReview != null;
  }

  @Override
  public Channel channel() {
    return channel;
  }

  @Override
  public String picTicket() {
    return picTicket;
  }

  @Override
  public String ticketNumber() {
    return ticketNumber;
  }

  @Override
  public String identifiedCategory() {
    return identifiedCategory;
  }

  @Override
  public Optional<PendingHandover> pendingHandover() {
    return pendingHandoverId == null
        ? Optional.empty()
        : Optional.of(
            new PendingHandover(
                pendingHandoverId.toString(),
                handlingTl,
                pendingHandoverTo,
                pendingHandoverReason));
  }

  @Override
  public Optional<CustomerChoice> customerChoice() {
    return Optional.ofNullable(customerChoice);
  }

  @Override
  public Optional<Instant> agreedCallBackAt() {
    return Optional.ofNullable(agreedCallBackAt);
  }

  @Override
  public Optional<Instant> callEndedAt() {
    return Optional.ofNullable(callEndedAt);
  }

  @Override
  public Optional<Instant> callBackDueAt() {
    return Optional.ofNullable(callBackDueAt);
  }

  @Override
  public int unreachedCallBacks() {
    return unreachedCallBacks;
  }

  @Override
  public Optional<UnreachedClosing> unreachedClosing() {
    return unreachedClosingStatus == null
        ? Optional.empty()
        : Optional.of(
            new UnreachedClosing(
                unreachedClosingBy, unreachedClosingReason, unreachedClosingStatus));
  }

  @Override
  public Optional<Instant> promisedResolutionAt() {
    return Optional.ofNullable(promisedResolutionAt);
  }

  @Override
  public Set<String> followUpAcknowledgedBy() {
    if (followUpAcknowledgedBy == null || followUpAcknowledgedBy.isEmpty()) {
      return Set.of();
    }
    return java.util.Arrays.stream(followUpAcknowledgedBy.split(","))
        .map(entry -> entry.substring(entry.indexOf(':') + 1))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  @Override
  public Optional<EscalationState> escalation() {
    return Optional.ofNullable(latestEscalation).map(EscalationEntity::state);
  }
}
