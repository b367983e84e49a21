package id.sigap.directory;

import id.sigap.procedure.Actor;
import id.sigap.procedure.Role;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who signs in to Sigap, with the one role they play and their cluster. */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntityBase {

  @Id public String username;

  @Column(name = "display_name")
  public String displayName;

  @Column(name = "password_hash")
  public String passwordHash;

  @Enumerated(EnumType.STRING)
  public Role role;

  @Column(name = "cluster_id")
  public String clusterId;

  /**
   * The identity provider's subject of a person who signs in there (OIDC); such a person has no
   * Sigap password.
   */
  @Column(name = "provider_subject")
  public String providerSubject;

  /** When an admin deactivated the account (R-F-1): it signs in no more. */
  @Column(name = "deactivated_at")
  public java.time.Instant deactivatedAt;

  /** {@value #PERSON} or {@value #SERVICE}: an integrator's account, which has no password. */
  public String kind;

  public static final String PERSON = "PERSON";
  public static final String SERVICE = "SERVICE";

  public boolean isService() {
    return SERVICE.equals(kind);
  }

  public boolean isDeactivated() {
    return deactivatedAt != null;
  }

  /** Whether the account has a Sigap password; without one it signs in at the provider only. */
  public boolean hasPassword() {
    return passwordHash != null && !passwordHash.isEmpty();
  }

  public boolean signsInAtTheProvider() {
    return providerSubject != null;
  }

  public Actor asActor() {
    return new Actor(username, role, clusterId);
  }
}
