package id.sigap.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** RFC 8291 encryption against the RFC's own example, and the VAPID header of RFC 8292. */
class WebPushEncryptionTest {

  // RFC 8291 Appendix A
  static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
  static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
  static final String AS_PUBLIC =
      "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
  static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
  static final String UA_PUBLIC =
      "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
  static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
  static final String AUTH_SECRET = "BTBZMqHH6r4Tts7J_aSIgg";
  static final String BODY =
      "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

  static byte[] b64(String text) {
    return P256.fromBase64Url(text);
  }

  @Test
  void theRfc8291ExampleEncryptsToTheRfcsBytes() {
    ECPrivateKey asPrivate = P256.privateKey(b64(AS_PRIVATE));
    ECPublicKey asPublic = P256.publicKey(b64(AS_PUBLIC));
    byte[] body =
        WebPushEncryption.encrypt(
            PLAINTEXT.getBytes(StandardCharsets.UTF_8),
            b64(UA_PUBLIC),
            b64(AUTH_SECRET),
            new KeyPair(asPublic, asPrivate),
            b64(SALT));
    assertThat(P256.base64Url(body)).isEqualTo(BODY);
  }

  @Test
  void theBrowserSideDecryptsTheRfcExampleAndAFreshMessage() throws Exception {
    BrowserKeys rfcBrowser =
        new BrowserKeys(P256.privateKey(b64(UA_PRIVATE)), b64(UA_PUBLIC), b64(AUTH_SECRET));
    assertThat(new String(rfcBrowser.decrypt(b64(BODY)), StandardCharsets.UTF_8))
        .isEqualTo(PLAINTEXT);

    BrowserKeys browser = BrowserKeys.generate();
    SecureRandom random = new SecureRandom();
    byte[] body =
        WebPushEncryption.encrypt(
            "{\"type\":\"HAND_RAISED\"}".getBytes(StandardCharsets.UTF_8),
            browser.publicKey(),
            browser.authSecret(),
            random);
    assertThat(new String(browser.decrypt(body), StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"HAND_RAISED\"}");
    // a fresh salt and key each time: the same message never looks the same twice
    assertThat(
            WebPushEncryption.encrypt(
                "x".getBytes(StandardCharsets.UTF_8),
                browser.publicKey(),
                browser.authSecret(),
                random))
        .isNotEqualTo(
            WebPushEncryption.encrypt(
                "x".getBytes(StandardCharsets.UTF_8),
                browser.publicKey(),
                browser.authSecret(),
                random));
  }

  @Test
  void theVapidHeaderCarriesAnEs256JwtForTheEndpointsOrigin() throws Exception {
    KeyPair pair = P256.generate();
    Vapid vapid = new Vapid((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
    Instant exp = Instant.parse("2030-01-01T00:00:00Z");
    String header =
        vapid.authorization(
            "https://push.example.net:8443/wpush/v2/abc?x=1", exp, "mailto:ops@example.com");
    assertThat(header).startsWith("vapid t=").endsWith(", k=" + vapid.publicKeyText());
    String jwt = header.substring("vapid t=".length(), header.indexOf(", k="));
    String[] parts = jwt.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    assertThat(claims)
        .contains("\"aud\":\"https://push.example.net:8443\"")
        .contains("\"exp\":" + exp.getEpochSecond())
        .contains("\"sub\":\"mailto:ops@example.com\"");
    Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
    es256.initVerify(P256.publicKey(b64(vapid.publicKeyText())));
    es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(es256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    assertThat(Vapid.audience("https://fcm.googleapis.com/fcm/send/x"))
        .isEqualTo("https://fcm.googleapis.com");
  }
}
