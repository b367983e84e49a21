package id.sigap.security;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The claims of a signed JWT, read without checking the signature. Only for deciding who is to
 * check it, or for reading a token that was already checked.
 */
final class UnverifiedClaims {

  private UnverifiedClaims() {}

  /** Empty when the text is not a signed JWT (three parts, a JSON object in the middle). */
  static Optional<JsonObject> of(String token) {
    if (token == null) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      return Optional.of(new JsonObject(new String(payload, StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
      return Optional.empty();
    }
  }

  /** The token of an {@code Authorization: Bearer} header, or null. */
  static String bearerOf(String authorization) {
    if (authorization == null) {
      return null;
    }
    int space = authorization.indexOf(' ');
    if (space < 0 || !"bearer".equalsIgnoreCase(authorization.substring(0, space))) {
      return null;
    }
    String token = authorization.substring(space + 1).trim();
    return token.isEmpty() ? null : token;
  }
}
