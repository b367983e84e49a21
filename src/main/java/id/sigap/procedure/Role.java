package id.sigap.procedure;

/** The people of the contact center, as the procedure names them. */
public enum Role {
  AGENT,
  TEAM_LEADER,
  SUPERVISOR,
  MANAGER,
  QC,
  PIC_TICKET,
  LIAISON_OFFICER,
  ADMIN
}
