package id.sigap.stream;

import id.sigap.cases.CaseAccess;
import id.sigap.cases.domain.Actor;
import id.sigap.cases.domain.Channel;

/**
 * A timeline event on its way to the sockets: its JSON as sent, and what decides who may see it.
 */
record StreamEvent(long id, String json, String clusterId, String caseCreatedBy, Channel channel) {

  boolean visibleTo(Actor actor) {
    return CaseAccess.canSee(actor, clusterId, caseCreatedBy, channel);
  }
}
