package id.sigap.telkomcare.detection;

import java.time.Instant;

/** One post, tweet or e-mail; {@code at} or {@code text} may be null when the source lacks it. */
public record Message(Instant at, String text) {}
