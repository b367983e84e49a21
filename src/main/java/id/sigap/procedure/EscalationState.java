package id.sigap.procedure;

/** What the procedure needs to know of the latest raised hand. */
public record EscalationState(
    String id, EscalationStatus status, String raisedBy, String targetTl) {}
