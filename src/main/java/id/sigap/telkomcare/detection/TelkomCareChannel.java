package id.sigap.telkomcare.detection;

/** Where a TelkomCare thread came from; it decides the C-TC-2 burst window. */
public enum TelkomCareChannel {
  SOCIAL,
  /** E-mail, and the stand-in for every other non-social channel. */
  EMAIL
}
