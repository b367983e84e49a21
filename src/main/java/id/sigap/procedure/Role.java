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
  ADMIN,
  /**
   * R-I-1: the telephony or the complaint application, a service account only, acting for the
   * person on the call.
   */
  CTI
}
