package id.sigap.telkomcare.thread;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One post or e-mail of a TelkomCare thread, kept once per external id. */
@Entity
@Table(name = "telkomcare_message")
public class TelkomCareMessageEntity extends PanacheEntityBase {

  @Id
  @Column(name = "external_id")
  public String externalId;

  @Column(name = "case_id")
  public UUID caseId;

  public String channel;

  /** R-C-8: where it was posted, a {@code TelkomCarePlatform}'s name. */
  public String platform;

  @Column(name = "author_handle")
  public String authorHandle;

  @Column(name = "author_name")
  public String authorName;

  @Column(name = "author_verified")
  public boolean authorVerified;

  @Column(name = "author_followers")
  public long authorFollowers;

  @Column(name = "author_bio")
  public String authorBio;

  public String text;

  @Column(name = "posted_at")
  public Instant postedAt;

  @Column(name = "in_reply_to")
  public String inReplyTo;

  @Column(name = "received_at")
  public Instant receivedAt;

  @Column(name = "received_by")
  public String receivedBy;

  /** Arrival order, for messages posted at the same instant. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  /** What the first delivery answered, returned again to a retry (JSON). */
  public String result;
}
