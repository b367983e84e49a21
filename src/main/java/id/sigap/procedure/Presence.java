package id.sigap.procedure;

/** R-F-2: a person's state on the floor. */
public enum Presence {
  /** Checked in and not busy with a hand. */
  FREE,
  /** A TL listening to, or at the workstation for, a hand. */
  BUSY,
  /** Checked out. */
  AWAY
}
