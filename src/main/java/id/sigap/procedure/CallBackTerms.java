package id.sigap.procedure;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The policy's terms for calling a customer back (R-C-2, R-C-3, R-C-4, R-IN-12), in the center's
 * zone: how soon after the call the first call back, how often after that, the quiet hours, how far
 * ahead a customer may agree a time, and how many unanswered call backs make a customer
 * unreachable.
 */
public record CallBackTerms(
    Duration firstWithin,
    Duration interval,
    QuietHours quietHours,
    ZoneId zone,
    Duration agreedHorizon,
    int attempts) {}
