package id.sigap.support;

import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Tokens an attacker could bring: forged, tampered with, expired or unsigned. */
public final class Tokens {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private Tokens() {}

  /** A supervisor's claims, signed with a key that is not Sigap's. */
  public static String signedByAnotherKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return supervisorClaims(Instant.now()).jws().sign(generator.generateKeyPair().getPrivate());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A real token whose {@code groups} claim was rewritten, its signature kept. */
  public static String withForgedGroups(String token, String role) {
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replaceAll("\"groups\":\\[[^\\]]*\\]", "\"groups\":[\"" + role + "\"]");
    return parts[0]
        + "."
        + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  /** Signed with Sigap's own key, but an hour past its expiry. */
  public static String expired() {
    return supervisorClaims(Instant.now().minus(Duration.ofHours(2))).sign();
  }

  /** {@code alg: none}: claims without any signature. */
  public static String unsigned() {
    String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    long now = Instant.now().getEpochSecond();
    String claims =
        "{\"iss\":\"sigap\",\"upn\":\"spv1\",\"sub\":\"spv1\",\"groups\":[\"SUPERVISOR\",\"ADMIN\"],"
            + "\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 600)
            + "}";
    return header + "." + B64.encodeToString(claims.getBytes()) + ".";
  }

  private static io.smallrye.jwt.build.JwtClaimsBuilder supervisorClaims(Instant issuedAt) {
    return Jwt.issuer("sigap")
        .upn("spv1")
        .subject("spv1")
        .groups(Set.of("SUPERVISOR", "ADMIN"))
        .issuedAt(issuedAt)
        .expiresAt(issuedAt.plus(Duration.ofHours(1)));
  }
}
