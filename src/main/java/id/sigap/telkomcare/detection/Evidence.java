package id.sigap.telkomcare.detection;

/**
 * One piece of evidence: which message (0-based index in the thread), the exact text span as
 * written (so a UI can highlight it), and a short note, e.g. the watchlist category or "5 messages
 * in 4m10s". For C-TC-2 the excerpt is the message's timestamp (ISO-8601), since its evidence is
 * time; for a profile (C-TC-5) the message is -1 and the excerpt is taken from the author; a
 * message of another of the customer's threads (C-TC-2 across platforms) is -2.
 */
public record Evidence(int message, String excerpt, String note) {

  /** Evidence about the author rather than a message. */
  public static final int PROFILE = -1;

  /** A message of another open thread of the same customer, which this thread does not list. */
  public static final int OTHER_THREAD = -2;
}
