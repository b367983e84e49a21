package id.sigap.procedure;

/**
 * R-I-1: the telephony's id of a call and of its recording, kept with the call, each call back and
 * each transfer; either may be unknown (null).
 */
public record CallReference(String callId, String recordingId) {

  public static final CallReference NONE = new CallReference(null, null);

  public static CallReference of(String callId, String recordingId) {
    return callId == null && recordingId == null ? NONE : new CallReference(callId, recordingId);
  }
}
