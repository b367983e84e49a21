package id.sigap.security;

import id.sigap.procedure.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Sigap reads from an identity provider's access token, once the provider's signature and
 * issuer were checked: who the person is, the one role they play and their cluster. The claim names
 * are configurable ({@code sigap.oidc.*-claim}).
 */
@ApplicationScoped
public class ProviderClaims {

  private final String usernameClaim;
  private final String nameClaim;
  private final String roleClaim;
  private final String clusterClaim;

  @Inject
  ProviderClaims(ProviderClaimsConfig config) {
    this(config.usernameClaim(), config.nameClaim(), config.roleClaim(), config.clusterClaim());
  }

  ProviderClaims(String usernameClaim, String nameClaim, String roleClaim, String clusterClaim) {
    this.usernameClaim = usernameClaim;
    this.nameClaim = nameClaim;
    this.roleClaim = roleClaim;
    this.clusterClaim = clusterClaim;
  }

  /**
   * A person as the provider describes them; {@code role} is empty unless exactly one of Sigap's
   * role names is among the role claim's values.
   */
  public record ProviderUser(
      String subject,
      String username,
      String displayName,
      Optional<Role> role,
      String clusterId,
      Instant expiresAt) {}

  /** Empty when the token names no usable subject or username. */
  Optional<ProviderUser> read(JsonObject claims) {
    String subject = text(claims, "sub");
    String username = text(claims, usernameClaim);
    if (subject == null
        || subject.isBlank()
        || subject.length() > 255
        || username == null
        || username.isBlank()
        || username.length() > 64) {
      return Optional.empty();
    }
    String name = text(claims, nameClaim);
    if (name == null || name.isBlank()) {
      name = username;
    }
    if (name.length() > 100) {
      name = name.substring(0, 100);
    }
    String cluster = text(claims, clusterClaim);
    if (cluster != null && (cluster.isBlank() || cluster.length() > 16)) {
      cluster = null;
    }
    Long exp = claims.getValue("exp") instanceof Number n ? n.longValue() : null;
    return Optional.of(
        new ProviderUser(
            subject,
            username,
            name,
            roleOf(values(claims, roleClaim)),
            cluster,
            exp == null ? null : Instant.ofEpochSecond(exp)));
  }

  /** Exactly one of Sigap's roles among the values: that one; none or several: none. */
  static Optional<Role> roleOf(List<String> values) {
    Set<Role> found = EnumSet.noneOf(Role.class);
    for (String value : values) {
      for (Role role : Role.values()) {
        if (role.name().equals(value)) {
          found.add(role);
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  private static String text(JsonObject claims, String path) {
    Object value = at(claims, path);
    return value instanceof String s ? s : null;
  }

  /** The values of a claim that is a list of strings or one string (space-separated). */
  private static List<String> values(JsonObject claims, String path) {
    Object value = at(claims, path);
    List<String> values = new ArrayList<>();
    if (value instanceof JsonArray array) {
      array.forEach(item -> values.add(item instanceof String s ? s : String.valueOf(item)));
    } else if (value instanceof String s) {
      values.addAll(List.of(s.trim().split("\\s+")));
    }
    return values;
  }

  /** {@code realm_access/roles} reads the claim {@code roles} inside {@code realm_access}. */
  private static Object at(JsonObject claims, String path) {
    Object current = claims;
    for (String step : path.split("/")) {
      if (!(current instanceof JsonObject object)) {
        return null;
      }
      current = object.getValue(step);
    }
    return current;
  }
}
