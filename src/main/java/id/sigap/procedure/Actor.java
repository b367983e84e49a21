package id.sigap.procedure;

/** The signed-in person taking an action. */
public record Actor(String username, Role role, String clusterId) {}
