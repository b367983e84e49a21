package id.sigap.telkomcare.detection;

import java.time.Instant;

/**
 * A message of another open thread of the same customer, on any channel or platform (R-C-8): only
 * its time and where it was posted count, for the C-TC-2 burst.
 */
public record OtherThreadMessage(
    Instant at, TelkomCareChannel channel, TelkomCarePlatform platform) {}
