package id.sigap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

/** The hash checked for unknown usernames costs what a real password's check costs. */
class NoSuchUserHashTest {

  @Test
  void sameAlgorithmAndCostAsRealHashes() {
    String real = BcryptUtil.bcryptHash("agent1");
    // "$2a$10$": algorithm and cost, the part that sets how long a check takes
    assertEquals(real.substring(0, 7), AuthResource.NO_SUCH_USER.substring(0, 7));
    assertEquals(real.length(), AuthResource.NO_SUCH_USER.length());
    assertTrue(BcryptUtil.matches("no such user", AuthResource.NO_SUCH_USER));
    assertFalse(BcryptUtil.matches("agent1", AuthResource.NO_SUCH_USER));
  }
}
