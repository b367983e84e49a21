package id.sigap.telkomcare.thread;

import id.sigap.telkomcare.assessment.AssessmentRequest;
import id.sigap.telkomcare.detection.TelkomCareChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One post or e-mail from a social-listening tool, with the limits of the assessment endpoint. */
@Schema(name = "TelkomCareIncomingMessage")
public record MessageRequest(
    @NotBlank
        @Size(max = 200)
        @Schema(description = "The tool's id of the post or e-mail; a retry sends the same one")
        String externalId,
    @NotNull @Schema(description = "SOCIAL, or EMAIL for e-mail and every other non-social channel")
        TelkomCareChannel channel,
    @Size(max = 24)
        @Schema(
            nullable = true,
            examples = "TWITTER",
            description =
                "R-C-8: where it was posted: TWITTER (or X), INSTAGRAM, FACEBOOK, TIKTOK, EMAIL or"
                    + " OTHER; another value is refused with 400 naming R-C-8. The author's handle"
                    + " names a customer on this platform. TWITTER, INSTAGRAM, FACEBOOK and TIKTOK"
                    + " come on SOCIAL, EMAIL on EMAIL, OTHER on either. Left out or null: EMAIL on"
                    + " EMAIL, OTHER on SOCIAL")
        String platform,
    @NotNull @Valid AssessmentRequest.Author author,
    @NotNull @Size(min = 1, max = AssessmentRequest.MAX_TEXT) String text,
    @NotNull @Schema(description = "When it was posted or sent, ISO-8601") Instant at,
    @Size(max = 200)
        @Schema(nullable = true, description = "The external id this one answers, if any")
        String inReplyTo) {

  /** Whose thread it is: the handle, or for e-mail without one the name; null when neither. */
  public String authorKey() {
    if (author.handle() != null && !author.handle().isBlank()) {
      return author.handle().trim();
    }
    if (channel == TelkomCareChannel.EMAIL && author.name() != null && !author.name().isBlank()) {
      return author.name().trim();
    }
    return null;
  }
}
