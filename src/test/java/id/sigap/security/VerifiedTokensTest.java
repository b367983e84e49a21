package id.sigap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.support.TestClock;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A verified token is remembered only as the exact string that was verified and only until its
 * expiry; everything else goes through the full check.
 */
class VerifiedTokensTest {

  static final KeyPair SIGAP = keyPair();
  static final KeyPair ANOTHER = keyPair();

  final TestClock clock = new TestClock();
  VerifiedTokens parser;

  @BeforeEach
  void parser() {
    JWTAuthContextInfo info = new JWTAuthContextInfo(SIGAP.getPublic(), "sigap");
    parser = new VerifiedTokens(info, JWTCallerPrincipalFactory.instance(), clock);
  }

  @Test
  void aVerifiedTokenIsServedFromMemoryUntilItExpires() throws Exception {
    String token = signed(SIGAP, 600);
    JsonWebToken first = parser.parse(token);

    assertThat(parser.parse(token)).as("the same token again").isSameAs(first);
    assertThat(first.getName()).isEqualTo("agent1");

    clock.advance(Duration.ofSeconds(601));
    assertThat(parser.parse(token)).as("past its expiry: verified afresh").isNotSameAs(first);
  }

  @Test
  void aTokenAlteredAfterOneWasVerifiedIsStillRefused() throws Exception {
    String token = signed(SIGAP, 600);
    parser.parse(token);
    String[] parts = token.split("\\.");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("AGENT", "SUPERVISOR")
                        .getBytes())
            + "."
            + parts[2];

    assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
  }

  @Test
  void tokensSignedByAnotherKeyOrExpiredAreRefusedEveryTime() throws Exception {
    String foreign = signed(ANOTHER, 600);
    String expired = signed(SIGAP, -120);
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> parser.parse(foreign)).isInstanceOf(ParseException.class);
      assertThatThrownBy(() -> parser.parse(expired)).isInstanceOf(ParseException.class);
    }
  }

  static String signed(KeyPair key, long expiresInSeconds) {
    long now = System.currentTimeMillis() / 1000;
    return Jwt.issuer("sigap")
        .upn("agent1")
        .subject("agent1")
        .groups("AGENT")
        .issuedAt(now - 600)
        .expiresAt(now + expiresInSeconds)
        .jws()
        .sign(key.getPrivate());
  }

  static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
