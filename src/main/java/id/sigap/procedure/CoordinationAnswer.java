package id.sigap.procedure;

/** R-C-5: how a related unit answers a coordination addressed to it. */
public enum CoordinationAnswer {
  /** The unit takes it on. */
  ACCEPTED,
  /** The unit will not, and says why. */
  DECLINED,
  /** The unit answers with a note (and, often, a promised resolution time). */
  ANSWERED
}
