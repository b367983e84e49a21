package id.sigap.telkomcare.assessment;

import id.sigap.telkomcare.detection.MessageThread;
import id.sigap.telkomcare.detection.TelkomCareChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One TelkomCare thread as SPEC section 7 writes it; the limits keep one request cheap. */
@Schema(name = "TelkomCareAssessmentRequest")
public record AssessmentRequest(
    @NotNull @Schema(description = "SOCIAL, or EMAIL for e-mail and every other non-social channel")
        TelkomCareChannel channel,
    @Valid @Schema(description = "The profile that wrote the thread; may be left out")
        Author author,
    @NotNull @Size(min = 1, max = AssessmentRequest.MAX_MESSAGES)
        List<@NotNull @Valid Message> messages) {

  public static final int MAX_MESSAGES = 500;
  public static final int MAX_TEXT = 5_000;

  @Schema(name = "TelkomCareAuthor")
  public record Author(
      @Size(max = 100) @Schema(examples = "@pelanggan_setia") String handle,
      @Size(max = 100) String name,
      @Schema(description = "A verified badge alone proves nothing (C-TC-5)") Boolean verified,
      @PositiveOrZero Long followers,
      @Size(max = 1_000) @Schema(examples = "Wartawan ekonomi") String bio) {}

  @Schema(name = "TelkomCareMessage")
  public record Message(
      @NotNull @Schema(description = "When it was posted or sent, ISO-8601") Instant at,
      @NotNull @Size(min = 1, max = MAX_TEXT) String text) {}

  /** How much text the detector will read: what one assessment costs grows with it. */
  public int characters() {
    int total = 0;
    for (Message message : messages) {
      total += message == null || message.text() == null ? 0 : message.text().length();
    }
    if (author != null) {
      total += length(author.handle()) + length(author.name()) + length(author.bio());
    }
    return total;
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  /** The detector's view of the thread; message indexes stay those of the request. */
  public MessageThread toThread() {
    id.sigap.telkomcare.detection.Author profile =
        author == null
            ? null
            : new id.sigap.telkomcare.detection.Author(
                author.handle(),
                author.name(),
                Boolean.TRUE.equals(author.verified()),
                author.followers() == null ? 0 : author.followers(),
                author.bio());
    List<id.sigap.telkomcare.detection.Message> posts = new ArrayList<>(messages.size());
    for (Message message : messages) {
      posts.add(new id.sigap.telkomcare.detection.Message(message.at(), message.text()));
    }
    return new MessageThread(channel, profile, posts);
  }
}
