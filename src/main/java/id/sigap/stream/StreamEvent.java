package id.sigap.stream;

import id.sigap.cases.CaseAccess;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Channel;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A timeline event on its way to the sockets: its JSON as sent, what decides who may see it, and
 * the TL it is addressed to (a raised or re-routed hand), if any.
 */
record StreamEvent(
    long id,
    String json,
    String clusterId,
    String caseCreatedBy,
    Channel channel,
    String addressedTo) {

  boolean visibleTo(Actor actor) {
    return CaseAccess.canSee(actor, clusterId, caseCreatedBy, channel);
  }

  /** The case's agent and the addressed TL: the people who must act on it, served first. */
  List<String> named() {
    return Stream.of(caseCreatedBy, addressedTo).filter(Objects::nonNull).toList();
  }
}
