package id.sigap.procedure;

import java.util.Arrays;

/** The hard-complaint criteria of the inbound voice channel (R-IN-1). */
public enum InboundCriterion {
  C_IN_1("C-IN-1", "very high intonation: angry, snapping, shouting, cursing"),
  C_IN_2("C-IN-2", "no longer willing to listen to the agent's explanation"),
  C_IN_3("C-IN-3", "refuses the agent, asks for the TL, supervisor or manager"),
  C_IN_4("C-IN-4", "threatens to take the case to the mass media"),
  C_IN_5("C-IN-5", "will not end the call until the problem is solved");

  private final String id;
  private final String description;

  InboundCriterion(String id, String description) {
    this.id = id;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public static InboundCriterion fromId(String id) {
    return Arrays.stream(values())
        .filter(c -> c.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown criterion " + id));
  }
}
