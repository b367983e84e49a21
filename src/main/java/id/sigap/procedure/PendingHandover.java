package id.sigap.procedure;

/** R-F-4: a handover the handling TL {@code from} asked for and {@code to} has not answered yet. */
public record PendingHandover(String id, String from, String to, HandoverReason reason) {}
