package id.sigap.timers;

import id.sigap.procedure.DutyKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something the procedure expects by a time: one row per duty, keyed by what it is about. */
@Entity
@Table(name = "duty")
public class DutyEntity extends PanacheEntityBase {

  @Id public String key;

  @Enumerated(EnumType.STRING)
  public DutyKind kind;

  @Column(name = "case_id")
  public UUID caseId;

  @Column(name = "escalation_id")
  public UUID escalationId;

  @Column(name = "due_at")
  public Instant dueAt;

  /** 0 until the first firing; then how often it has fired without being done. */
  public int stage;

  @Column(name = "policy_revision")
  public String policyRevision;

  @Column(name = "armed_at")
  public Instant armedAt;
}
