package id.sigap.telkomcare.detection;

/** The five TelkomCare criteria of R-TC-1. */
public enum Criterion {
  /** Writes in capitals and the text signals a complaint. */
  C_TC_1,
  /** At least five messages within a short span. */
  C_TC_2,
  /** CCs or mentions officials, bodies or KOLs. */
  C_TC_3,
  /** Threatens to take the case to the mass media. */
  C_TC_4,
  /** The profile is an official, influential or press. */
  C_TC_5;

  /** The rule ID as the spec and the API write it, e.g. "C-TC-1". */
  public String id() {
    return name().replace('_', '-');
  }

  /** Accepts "C-TC-1" (and, leniently, "c_tc_1"). */
  public static Criterion fromId(String id) {
    if (id != null) {
      String wanted = id.trim().replace('_', '-');
      for (Criterion criterion : values()) {
        if (criterion.id().equalsIgnoreCase(wanted)) {
          return criterion;
        }
      }
    }
    throw new IllegalArgumentException("unknown TelkomCare criterion: " + id);
  }
}
