package id.sigap.procedure;

import id.sigap.procedure.event.CaseEvent;

/** The procedure's answer to an action: the event it records, or why it refuses. */
public sealed interface Decision {

  record Accepted(CaseEvent event) implements Decision {}

  record Refused(Rejection rejection) implements Decision {}

  static Decision accept(CaseEvent event) {
    return new Accepted(event);
  }

  static Decision refuse(Rejection rejection) {
    return new Refused(rejection);
  }
}
