package id.sigap.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;

/**
 * RFC 8292 VAPID: the application server's P-256 key pair and the {@code Authorization: vapid
 * t=<jwt>, k=<key>} header that identifies it to a push service, the JWT signed with ES256 on the
 * JDK (its P1363 signature format is JWS's raw R || S).
 */
public final class Vapid {

  private final ECPublicKey publicKey;
  private final ECPrivateKey privateKey;
  private final String publicKeyText;

  public Vapid(ECPublicKey publicKey, ECPrivateKey privateKey) {
    this.publicKey = publicKey;
    this.privateKey = privateKey;
    this.publicKeyText = P256.base64Url(P256.encode(publicKey));
  }

  /** What browsers pass as {@code applicationServerKey}: the uncompressed point, base64url. */
  public String publicKeyText() {
    return publicKeyText;
  }

  ECPublicKey publicKey() {
    return publicKey;
  }

  /** The origin of a push endpoint: the JWT's audience (RFC 8292 section 2). */
  static String audience(String endpoint) {
    URI uri = URI.create(endpoint);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || ("https".equals(uri.getScheme()) && port == 443)
            || ("http".equals(uri.getScheme()) && port == 80);
    return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
  }

  /** The header for a request to {@code endpoint}, valid until {@code expiresAt}. */
  public String authorization(String endpoint, Instant expiresAt, String subject) {
    String header = encode("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
    String claims =
        encode(
            "{\"aud\":"
                + quote(audience(endpoint))
                + ",\"exp\":"
                + expiresAt.getEpochSecond()
                + ",\"sub\":"
                + quote(subject)
                + "}");
    String signingInput = header + "." + claims;
    try {
      Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
      es256.initSign(privateKey);
      es256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      String jwt = signingInput + "." + P256.base64Url(es256.sign());
      return "vapid t=" + jwt + ", k=" + publicKeyText;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ES256 is not available", e);
    }
  }

  private static String encode(String json) {
    return P256.base64Url(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON string of an origin or a mailto:/https: subject: no control characters to escape. */
  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
