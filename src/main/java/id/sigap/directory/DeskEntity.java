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

  public Desk asDesk() {
    return new Desk(id, kind, clusterId, voiceRecording);
  }
}
