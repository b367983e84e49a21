package id.sigap.push;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 8291 message encryption for Web Push, in the aes128gcm content coding of RFC 8188: one
 * record, an ephemeral P-256 key per message, ECDH with the browser's key, HKDF-SHA-256 keyed by
 * the browser's auth secret.
 *
 * <p>Written on the JDK's own ECDH, HMAC and AES-GCM rather than a library: the Java Web Push
 * libraries send with blocking HTTP clients and Bouncy Castle, while Sigap sends from the Vert.x
 * event loop and needs only these few lines of key derivation, which the RFC's Appendix A test
 * vector pins down (WebPushEncryptionTest).
 */
public final class WebPushEncryption {

  /** RFC 8188 record size: one record holds a whole Web Push message (at most 4096 bytes). */
  static final int RECORD_SIZE = 4096;

  /** What one record can carry: the record size less the tag (16) and the delimiter (1). */
  static final int MAX_PLAINTEXT = RECORD_SIZE - 16 - 1 - 86;

  private WebPushEncryption() {}

  /**
   * Encrypts for the subscription's {@code p256dh} key and auth secret, with fresh keys and a salt
   * from {@code random} (the caller's, so that no generator is seeded when the image is built).
   */
  public static byte[] encrypt(
      byte[] plaintext, byte[] uaPublic, byte[] authSecret, SecureRandom random) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return encrypt(plaintext, uaPublic, authSecret, P256.generate(), salt);
  }

  /** Encrypts with the given application-server keys and salt (the RFC's example fixes both). */
  static byte[] encrypt(
      byte[] plaintext, byte[] uaPublic, byte[] authSecret, KeyPair asKeys, byte[] salt) {
    if (plaintext.length > MAX_PLAINTEXT) {
      throw new IllegalArgumentException(
          "a push message holds at most " + MAX_PLAINTEXT + " bytes");
    }
    try {
      ECPublicKey ua = P256.publicKey(uaPublic);
      byte[] asPublic = P256.encode((ECPublicKey) asKeys.getPublic());
      KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
      ecdh.init((ECPrivateKey) asKeys.getPrivate());
      ecdh.doPhase(ua, true);
      byte[] ecdhSecret = ecdh.generateSecret();

      // RFC 8291 section 3.4: IKM from the shared secret, keyed by the auth secret
      byte[] keyInfo =
          concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uaPublic, asPublic);
      byte[] prkKey = hmac(authSecret, ecdhSecret);
      byte[] ikm = hmac(prkKey, concat(keyInfo, new byte[] {1}));
      // RFC 8188 section 2.2 and 2.3
      byte[] prk = hmac(salt, ikm);
      byte[] cek = truncate(hmac(prk, info("Content-Encoding: aes128gcm\0")), 16);
      byte[] nonce = truncate(hmac(prk, info("Content-Encoding: nonce\0")), 12);

      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
      // the last (and only) record ends with the delimiter 0x02, without further padding
      byte[] ciphertext = aes.doFinal(concat(plaintext, new byte[] {2}));

      ByteBuffer body = ByteBuffer.allocate(16 + 4 + 1 + asPublic.length + ciphertext.length);
      body.put(salt).putInt(RECORD_SIZE).put((byte) asPublic.length).put(asPublic).put(ciphertext);
      return body.array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Web Push encryption failed", e);
    }
  }

  private static byte[] info(String label) {
    return concat(label.getBytes(StandardCharsets.US_ASCII), new byte[] {1});
  }

  static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data);
  }

  private static byte[] truncate(byte[] bytes, int length) {
    byte[] out = new byte[length];
    System.arraycopy(bytes, 0, out, 0, length);
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    ByteBuffer out = ByteBuffer.allocate(length);
    for (byte[] part : parts) {
      out.put(part);
    }
    return out.array();
  }
}
