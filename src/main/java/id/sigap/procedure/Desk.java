package id.sigap.procedure;

/** A place calls are made from; only recorded desks may call customers back (R-IN-8). */
public record Desk(String id, DeskKind kind, String clusterId, boolean voiceRecording) {

  public enum DeskKind {
    CLUSTER_DESK,
    TL_EXTENSION,
    WORKSTATION
  }
}
