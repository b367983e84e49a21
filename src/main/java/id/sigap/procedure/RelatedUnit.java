package id.sigap.procedure;

/** The units a TL coordinates with (R-IN-7). */
public enum RelatedUnit {
  COMPLAINT_HANDLING,
  SPV_SERVICE_OPERATION,
  MANAGER,
  LIAISON_OFFICER,
  OTHER
}
