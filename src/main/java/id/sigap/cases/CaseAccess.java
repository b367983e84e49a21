package id.sigap.cases;

import id.sigap.procedure.Actor;
import id.sigap.procedure.Channel;

/**
 * Which cases a person may see: an agent their own, a TL their cluster's, PIC Ticket the TelkomCare
 * ones, supervisors, managers and QC all. A case one may not see does not exist for them (404), so
 * ids cannot be probed.
 */
public final class CaseAccess {

  private CaseAccess() {}

  public static boolean canSee(Actor actor, CaseEntity c) {
    return canSee(actor, c.clusterId, c.createdBy, c.channel);
  }

  public static boolean canSee(Actor actor, String clusterId, String createdBy, Channel channel) {
    return switch (actor.role()) {
      case AGENT -> actor.username().equals(createdBy);
      case TEAM_LEADER -> clusterId.equals(actor.clusterId());
      case PIC_TICKET -> channel != Channel.INBOUND_VOICE;
      case SUPERVISOR, MANAGER, QC -> true;
      case LIAISON_OFFICER, ADMIN, CTI -> false;
    };
  }

  /** The same rule as a query filter: HQL condition and its parameter {@code :who}, if any. */
  static Filter filterFor(Actor actor) {
    return filterFor(actor, null);
  }

  /**
   * The same rule as a filter on a case entity called {@code alias} in a larger query (a join from
   * another table), with its parameter {@code :who}, if any.
   */
  public static Filter filterFor(Actor actor, String alias) {
    String c = alias == null ? "" : alias + ".";
    return switch (actor.role()) {
      case AGENT -> new Filter(c + "createdBy = :who", actor.username());
      case TEAM_LEADER -> new Filter(c + "clusterId = :who", actor.clusterId());
      case PIC_TICKET -> new Filter(c + "channel <> :who", Channel.INBOUND_VOICE);
      case SUPERVISOR, MANAGER, QC -> new Filter("1 = 1", null);
      case LIAISON_OFFICER, ADMIN, CTI -> new Filter("1 = 0", null);
    };
  }

  public record Filter(String condition, Object who) {}
}
