package id.sigap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed down per username and per address, but never for long. */
@QuarkusTest
@TestProfile(LoginThrottleTest.ShortLocks.class)
class LoginThrottleTest {

  /**
   * Locks of ten, then fifteen seconds: short enough to wait one out, long enough that a busy
   * machine's slow sign-ins do not outlast the first before the test checks it.
   */
  public static class ShortLocks implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("sigap.login.first-lock", "PT10S", "sigap.login.max-lock", "PT15S");
    }
  }

  @AfterEach
  void forgetTheFailures() {
    // the counters are in the database that the other tests share
    TestUsers.sql("delete from login_throttle", Tuple.tuple());
  }

  static Response login(String username, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/api/v1/auth/login");
  }

  @Test
  void fortyWrongPasswordsLockTheUsernameBrieflyAndTheRightPasswordWorksAfterwards()
      throws Exception {
    String user = TestUsers.create("AGENT");
    for (int i = 0; i < 5; i++) {
      login(user, "wrong-" + i).then().statusCode(401);
    }
    Response locked = login(user, "wrong-5");
    locked.then().statusCode(429).contentType("application/problem+json");
    assertThat(locked.jsonPath().getInt("status")).isEqualTo(429);
    assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 10L);
    // while locked, even the right password waits
    login(user, user).then().statusCode(429);

    List<Integer> rest = new ArrayList<>();
    for (int i = 6; i < 40; i++) {
      rest.add(login(user, "wrong-" + i).statusCode());
    }
    assertThat(rest).allMatch(s -> s == 401 || s == 429).contains(429);

    // the lock ends by itself (at most max-lock), and then the right password works
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(40).toNanos();
    Response answer = login(user, user);
    while (answer.statusCode() == 429 && System.nanoTime() < deadline) {
      Thread.sleep(Long.parseLong(answer.header("Retry-After")) * 1000);
      answer = login(user, user);
    }
    answer.then().statusCode(200);
    // a success forgets the failures: one wrong password is an ordinary 401 again
    login(user, "wrong").then().statusCode(401);
    login(user, user).then().statusCode(200);
  }

  @Test
  void twentyFailuresFromOneAddressLockItForEveryUsername() {
    for (int i = 0; i < 20; i++) {
      login("nobody-" + i, "wrong").then().statusCode(401);
    }
    Response r = login("agent2", "agent2");
    r.then().statusCode(429).contentType("application/problem+json");
    assertThat(r.header("Retry-After")).isNotBlank();
  }

  /**
   * A member class: Quarkus binds method validation to every implementation of the constrained
   * mapping, and refuses that binding on an anonymous or local class.
   */
  record Limits(
      int userFailures,
      int addressFailures,
      java.time.Duration window,
      java.time.Duration firstLock,
      java.time.Duration maxLock)
      implements LoginThrottle.Config {}

  @Test
  void locksDoubleAndAreCappedSoNoOneIsKeptOutForLong() {
    LoginThrottle.Config config =
        new Limits(
            5,
            20,
            java.time.Duration.ofMinutes(15),
            java.time.Duration.ofSeconds(30),
            java.time.Duration.ofMinutes(15));
    List<Long> seconds = new ArrayList<>();
    for (int lockouts = 1; lockouts <= 8; lockouts++) {
      seconds.add(LoginThrottle.Counter.lockDuration(lockouts, config).toSeconds());
    }
    assertThat(seconds).containsExactly(30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L);
  }
}
