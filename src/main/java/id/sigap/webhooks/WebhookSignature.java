package id.sigap.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Sigap-Signature} header of a delivery (R-I-2): {@code t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<body>" with the subscription's secret>}. The time is signed with the body so
 * that a receiver can refuse an old delivery sent again by someone else.
 */
final class WebhookSignature {

  static final String HEADER = "Sigap-Signature";
  static final String EVENT_ID_HEADER = "Sigap-Event-Id";

  private WebhookSignature() {}

  static String header(String secret, long unixSeconds, String body) {
    return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
  }

  static String hmac(String secret, String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
