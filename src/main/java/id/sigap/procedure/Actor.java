package id.sigap.procedure;

/**
 * The person taking an action. {@code recordedBy} names the integrator that recorded it on their
 * behalf (R-I-1), or is null when they acted themselves.
 */
public record Actor(String username, Role role, String clusterId, String recordedBy) {

  public Actor(String username, Role role, String clusterId) {
    this(username, role, clusterId, null);
  }

  /** The same person, the action recorded by {@code integrator} for them (R-I-1). */
  public Actor withRecorder(String integrator) {
    return new Actor(username, role, clusterId, integrator);
  }
}
