package id.sigap.procedure;

public enum CallOutcome {
  REACHED,
  NO_ANSWER
}
