package id.sigap.telkomcare.detection;

/** The profile that wrote the thread, as the channel shows it; any text field may be null. */
public record Author(String handle, String name, boolean verified, long followers, String bio) {}
