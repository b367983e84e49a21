package id.sigap.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Remembers which case a client's Idempotency-Key created, and from which request. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKeyEntity extends PanacheEntityBase {

  @EmbeddedId public Key key;

  @Column(name = "request_hash")
  public String requestHash;

  @Column(name = "case_id")
  public UUID caseId;

  @Column(name = "created_at")
  public Instant createdAt;

  @Embeddable
  public record Key(String username, String key) implements Serializable {}
}
