package id.sigap.procedure;

/** Role names as they appear in tokens and in {@code @RolesAllowed}: the {@link Role}s as text. */
public final class Roles {
  public static final String AGENT = "AGENT";
  public static final String TEAM_LEADER = "TEAM_LEADER";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String MANAGER = "MANAGER";
  public static final String QC = "QC";
  public static final String PIC_TICKET = "PIC_TICKET";
  public static final String LIAISON_OFFICER = "LIAISON_OFFICER";
  public static final String ADMIN = "ADMIN";
  public static final String CTI = "CTI";

  private Roles() {}
}
