package id.sigap.cases;

import id.sigap.procedure.event.EventType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of a case's timeline; the database refuses to change it once written (R-X-3). */
@Entity
@Table(name = "case_event")
public class CaseEventEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "case_id")
  public UUID caseId;

  @Enumerated(EnumType.STRING)
  public EventType type;

  public Instant at;

  public String actor;

  /** The facts of the action as a JSON object. */
  public String details;
}
