package id.sigap.directory;

import id.sigap.procedure.Desk;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "desk")
public class DeskEntity extends PanacheEntityBase {

  @Id public String id;

  @Enumerated(EnumType.STRING)
  public Desk.DeskKind kind;

  @Column(name = "cluster_id")
  public String clusterId;

  @Column(name = "voice_recording")
  public boolean voiceRecording;

  /** When an admin removed the desk (R-F-1); a removed desk is off the floor. */
  @Column(name = "removed_at")
  public java.time.Instant removedAt;

  public Desk asDesk() {
    return new Desk(id, kind, clusterId, voiceRecording);
  }
}
