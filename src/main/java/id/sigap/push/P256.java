package id.sigap.push;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * P-256 keys in the forms Web Push uses: a public key as the 65-byte uncompressed point (X9.62) and
 * a private key as its 32-byte scalar, both base64url without padding.
 */
public final class P256 {

  private static final ECParameterSpec PARAMS = params();

  private P256() {}

  private static ECParameterSpec params() {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      return parameters.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is not available", e);
    }
  }

  public static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(PARAMS);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is not available", e);
    }
  }

  /** The uncompressed point 0x04 || X || Y. */
  public static byte[] encode(ECPublicKey key) {
    byte[] out = new byte[65];
    out[0] = 0x04;
    copyFixed(key.getW().getAffineX(), out, 1);
    copyFixed(key.getW().getAffineY(), out, 33);
    return out;
  }

  public static ECPublicKey publicKey(byte[] point) {
    if (point.length != 65 || point[0] != 0x04) {
      throw new IllegalArgumentException("not an uncompressed P-256 point");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
    try {
      return (ECPublicKey)
          KeyFactory.getInstance("EC")
              .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), PARAMS));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a P-256 public key", e);
    }
  }

  public static ECPrivateKey privateKey(byte[] scalar) {
    try {
      return (ECPrivateKey)
          KeyFactory.getInstance("EC")
              .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), PARAMS));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a P-256 private key", e);
    }
  }

  /** The private scalar as 32 bytes. */
  public static byte[] encode(ECPrivateKey key) {
    byte[] out = new byte[32];
    copyFixed(key.getS(), out, 0);
    return out;
  }

  public static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Accepts base64url with or without padding (browsers send it without). */
  public static byte[] fromBase64Url(String text) {
    return Base64.getUrlDecoder().decode(text.strip().replace("=", ""));
  }

  private static void copyFixed(BigInteger value, byte[] out, int offset) {
    byte[] bytes = value.toByteArray();
    int start = Math.max(0, bytes.length - 32);
    int length = bytes.length - start;
    System.arraycopy(bytes, start, out, offset + 32 - length, length);
  }
}
