package id.sigap.telkomcare.watchlist;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A watched handle or name has a category and an ignored handle has none; a handle is one word of
 * letters, digits, '_' and '.', with or without its '@', and at most 100 characters with it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidWatchlistEntry.Check.class)
public @interface ValidWatchlistEntry {

  String message() default "is not a valid watchlist entry";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check
      implements ConstraintValidator<ValidWatchlistEntry, WatchlistResource.NewWatchlistEntry> {

    private static final Pattern HANDLE = Pattern.compile("@*[\\p{L}\\p{M}\\p{N}_.]{1,99}");

    @Override
    public boolean isValid(
        WatchlistResource.NewWatchlistEntry entry, ConstraintValidatorContext context) {
      if (entry == null || entry.kind() == null) {
        return true; // @NotNull reports these
      }
      boolean valid = true;
      context.disableDefaultConstraintViolation();
      if (entry.kind() == WatchlistKind.IGNORED_HANDLE && entry.category() != null) {
        valid = violation(context, "category", "must be empty for an ignored handle");
      }
      if (entry.kind() != WatchlistKind.IGNORED_HANDLE && entry.category() == null) {
        valid = violation(context, "category", "must not be null for a handle or a name");
      }
      if (entry.kind() != WatchlistKind.NAME
          && entry.value() != null
          && !entry.value().isBlank()
          && !HANDLE.matcher(entry.value().strip()).matches()) {
        valid = violation(context, "value", "must be a handle such as @BRTI_ID");
      }
      return valid;
    }

    private static boolean violation(
        ConstraintValidatorContext context, String field, String message) {
      context
          .buildConstraintViolationWithTemplate(message)
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}
