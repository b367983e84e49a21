package id.sigap.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with the rule of the procedure that refused the action. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "Problem",
    description = "RFC 9457 problem details",
    requiredProperties = {"type", "title", "status"})
// written inside a Response, so the native image cannot find it by itself
@RegisterForReflection(targets = {Problem.class, Problem.FieldError.class, Problem.RowError.class})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    @Schema(description = "The rule of the procedure that refused the action, e.g. R-IN-8")
        String rule,
    String instance,
    @Schema(description = "Correlation id of an unexpected error, as logged") String correlationId,
    List<FieldError> errors,
    @Schema(
            description =
                "A refused import: every row refused and why; nothing of the import was written")
        List<RowError> rows) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}

  /** One refused row of an imported file: which file, which line (1 is the header), why. */
  public record RowError(
      String file,
      int line,
      @Schema(nullable = true, description = "The column, null when the whole row is refused")
          String column,
      String message) {}

  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String rule,
      String instance,
      String correlationId,
      List<FieldError> errors) {
    this(type, title, status, detail, rule, instance, correlationId, errors, null);
  }

  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(typeOf(slug), title, status, detail, null, null, null, null);
  }

  public static String typeOf(String slug) {
    return "https://sigap.id/problems/" + slug;
  }
}
