package id.sigap.security;

import static io.restassured.RestAssured.given;

import id.sigap.support.Api;
import id.sigap.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Only tokens that Sigap signed, unaltered and unexpired, in a live session, get in. */
@QuarkusTest
class TokenForgeryTest {

  static void refused(String token) {
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/kpis")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer");
  }

  @Test
  void anAgentWhoRewritesTheGroupsClaimIsRefusedNotPromoted() {
    refused(Tokens.withForgedGroups(Api.token("agent1"), "SUPERVISOR"));
  }

  @Test
  void aTokenWithTheNoneAlgorithmIsRefused() {
    refused(Tokens.unsigned());
  }

  @Test
  void anExpiredTokenIsRefused() {
    refused(Tokens.expired());
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    refused(Tokens.signedByAnotherKey());
  }

  @Test
  void aTokenSignedWithSigapsKeyButWithoutASessionIsRefused() {
    // what a leaked signing key alone would give: no session, no entry
    refused(
        io.smallrye.jwt.build.Jwt.issuer("sigap")
            .upn("spv1")
            .subject("spv1")
            .groups("SUPERVISOR")
            .expiresIn(300)
            .sign());
  }
}
