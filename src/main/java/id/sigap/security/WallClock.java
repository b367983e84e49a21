package id.sigap.security;

import java.time.Clock;

/**
 * The time that sign-in decisions are taken by. It is the real time, not the application's
 * injectable {@link Clock}: token expiry is checked by the JWT library against the real time, so
 * sessions, refresh tokens and sign-in locks must agree with it, also in a test that moves the
 * procedure's clock forward by hours.
 */
final class WallClock {

  static final Clock UTC = Clock.systemUTC();

  private WallClock() {}
}
