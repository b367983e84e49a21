package id.sigap.cases;

import id.sigap.procedure.EscalationState;
import id.sigap.procedure.EscalationStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A raised hand (R-IN-2) and how the TL answered it. */
@Entity
@Table(name = "escalation")
public class EscalationEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "case_id")
  public UUID caseId;

  @Enumerated(EnumType.STRING)
  public EscalationStatus status;

  @Column(name = "raised_by")
  public String raisedBy;

  @Column(name = "target_tl")
  public String targetTl;

  /** K-2: whom the hand was addressed to when raised, whoever it went to afterwards. */
  @Column(name = "first_target_tl")
  public String firstTargetTl;

  @Column(name = "takeover_requested")
  public boolean takeoverRequested;

  @Column(name = "raised_at")
  public Instant raisedAt;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Column(name = "arrived_at")
  public Instant arrivedAt;

  /** R-X-2: whom the hand was re-routed away from, comma-separated. */
  @Column(name = "withdrawn_at")
  public Instant withdrawnAt;

  /** R-C-1: why the agent withdrew the hand, when they did. */
  @Column(name = "withdraw_reason")
  public String withdrawReason;

  @Column(name = "passed_over")
  public String passedOver = "";

  /** Everyone who let this hand wait so far: those re-routed away from and its addressee. */
  public java.util.Set<String> waitedWith() {
    java.util.Set<String> waited = new java.util.TreeSet<>();
    for (String name : passedOver.split(",")) {
      if (!name.isBlank()) {
        waited.add(name);
      }
    }
    waited.add(targetTl);
    return waited;
  }

  public EscalationState state() {
    return new EscalationState(id.toString(), status, raisedBy, targetTl);
  }
}
