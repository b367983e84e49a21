package id.sigap.push;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a browser holds for a push subscription, and its side of RFC 8291: decrypting a message
 * written independently of {@link WebPushEncryption}, step by step from the RFC.
 */
record BrowserKeys(ECPrivateKey privateKey, byte[] publicKey, byte[] authSecret) {

  static BrowserKeys generate() {
    KeyPair pair = P256.generate();
    byte[] auth = new byte[16];
    new SecureRandom().nextBytes(auth);
    return new BrowserKeys(
        (ECPrivateKey) pair.getPrivate(), P256.encode((ECPublicKey) pair.getPublic()), auth);
  }

  String p256dh() {
    return P256.base64Url(publicKey);
  }

  String auth() {
    return P256.base64Url(authSecret);
  }

  /** The plaintext of an aes128gcm body of one record. */
  byte[] decrypt(byte[] body) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(body);
    byte[] salt = new byte[16];
    in.get(salt);
    int recordSize = in.getInt();
    byte[] keyId = new byte[in.get() & 0xff];
    in.get(keyId);
    byte[] ciphertext = new byte[in.remaining()];
    in.get(ciphertext);
    if (ciphertext.length > recordSize) {
      throw new AssertionError("more than one record");
    }
    KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
    ecdh.init(privateKey);
    ecdh.doPhase(P256.publicKey(keyId), true);
    byte[] shared = ecdh.generateSecret();
    byte[] keyInfo = join("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), publicKey, keyId);
    byte[] ikm = Arrays.copyOf(hkdfExpand(WebPushEncryption.hmac(authSecret, shared), keyInfo), 32);
    byte[] prk = WebPushEncryption.hmac(salt, ikm);
    byte[] cek =
        Arrays.copyOf(
            hkdfExpand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII)),
            16);
    byte[] nonce =
        Arrays.copyOf(
            hkdfExpand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII)), 12);
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
    byte[] padded = aes.doFinal(ciphertext);
    int end = padded.length - 1;
    while (end >= 0 && padded[end] == 0) {
      end--;
    }
    if (end < 0 || padded[end] != 2) {
      throw new AssertionError("not the last record's delimiter");
    }
    return Arrays.copyOf(padded, end);
  }

  /** HKDF-Expand (RFC 5869) for one block: T(1) = HMAC(PRK, info || 0x01). */
  private static byte[] hkdfExpand(byte[] prk, byte[] info) throws Exception {
    return WebPushEncryption.hmac(prk, join(info, new byte[] {1}));
  }

  private static byte[] join(byte[]... parts) {
    ByteBuffer out = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
    Arrays.stream(parts).forEach(out::put);
    return out.array();
  }
}
