package id.sigap.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** How a provider's claims become a Sigap person: one role exactly, else none. */
class ProviderClaimsTest {

  static final ProviderClaims DEFAULTS =
      new ProviderClaims("preferred_username", "name", "groups", "cluster");

  static JsonObject person() {
    return new JsonObject()
        .put("sub", "f1e2d3")
        .put("preferred_username", "siti")
        .put("exp", 1_900_000_000L);
  }

  @Test
  void exactlyOneSigapRoleAmongTheProvidersGroupsIsThePersonsRole() {
    var user =
        DEFAULTS
            .read(
                person()
                    .put("groups", new JsonArray().add("staff").add("TEAM_LEADER"))
                    .put("cluster", "C1"))
            .orElseThrow();
    assertThat(user.role()).contains(Role.TEAM_LEADER);
    assertThat(user.clusterId()).isEqualTo("C1");
    assertThat(user.displayName()).isEqualTo("siti");
    assertThat(user.expiresAt().getEpochSecond()).isEqualTo(1_900_000_000L);
  }

  @Test
  void twoSigapRolesOrNoneGiveNoRole() {
    assertThat(
            DEFAULTS
                .read(person().put("groups", new JsonArray().add("AGENT").add("ADMIN")))
                .orElseThrow()
                .role())
        .isEmpty();
    assertThat(
            DEFAULTS
                .read(person().put("groups", new JsonArray().add("agent")))
                .orElseThrow()
                .role())
        .isEmpty();
    assertThat(DEFAULTS.read(person()).orElseThrow().role()).isEmpty();
  }

  @Test
  void theRoleClaimMayBeAPathOrASpaceSeparatedString() {
    var nested = new ProviderClaims("preferred_username", "name", "realm_access/roles", "unit");
    var user =
        nested
            .read(
                person()
                    .put(
                        "realm_access",
                        new JsonObject().put("roles", new JsonArray().add("offline").add("QC")))
                    .put("unit", "C2"))
            .orElseThrow();
    assertThat(user.role()).contains(Role.QC);
    assertThat(user.clusterId()).isEqualTo("C2");

    var spaced = new ProviderClaims("preferred_username", "name", "scope", "cluster");
    assertThat(spaced.read(person().put("scope", "openid SUPERVISOR")).orElseThrow().role())
        .contains(Role.SUPERVISOR);
  }

  @Test
  void aTokenWithoutSubjectOrUsableUsernameNamesNoOne() {
    assertThat(DEFAULTS.read(person().put("sub", null))).isEmpty();
    assertThat(DEFAULTS.read(person().put("preferred_username", " "))).isEmpty();
    assertThat(DEFAULTS.read(person().put("preferred_username", "x".repeat(65)))).isEmpty();
  }
}
