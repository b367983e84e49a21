package id.sigap.procedure;

/** How the complaint reached the contact center. */
public enum Channel {
  INBOUND_VOICE,
  TELKOMCARE_SOCIAL,
  TELKOMCARE_EMAIL
}
