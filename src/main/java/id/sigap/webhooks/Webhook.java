package id.sigap.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as stored, its secret left out: it is never read back but to sign. */
record Webhook(
    UUID id,
    String url,
    List<String> events,
    String clusterId,
    Status status,
    int consecutiveFailures,
    String createdBy,
    Instant createdAt,
    Instant pausedAt) {

  enum Status {
    ACTIVE,
    PAUSED
  }
}
