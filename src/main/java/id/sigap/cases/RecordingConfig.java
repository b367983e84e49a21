package id.sigap.cases;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * {@code sigap.cti}: where the telephony plays a call's recording (R-I-1), so that QC opens it from
 * the case.
 */
@ConfigMapping(prefix = "sigap.cti")
public interface RecordingConfig {

  /**
   * The address of a recording, {@code {recordingId}} standing for its id (URL-encoded), e.g.
   * {@code https://rekaman.example/play/{recordingId}}; unset: ids are shown without a link.
   */
  Optional<String> recordingLink();

  /** The address of this recording, if the telephony's player is configured. */
  default Optional<String> linkTo(String recordingId) {
    return recordingLink()
        .map(
            pattern ->
                pattern.replace(
                    "{recordingId}",
                    java.net.URLEncoder.encode(recordingId, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20")));
  }
}
