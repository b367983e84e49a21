package id.sigap.cases.domain;

public enum CallOutcome {
  REACHED,
  NO_ANSWER
}
