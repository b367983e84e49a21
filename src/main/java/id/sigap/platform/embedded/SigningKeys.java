package id.sigap.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** The token signing key pair of a self-contained install: generated once, kept beside the data. */
final class SigningKeys {

  private final String privateKeyPem;
  private final String publicKeyPem;

  private SigningKeys(String privateKeyPem, String publicKeyPem) {
    this.privateKeyPem = privateKeyPem;
    this.publicKeyPem = publicKeyPem;
  }

  static synchronized SigningKeys loadOrCreate(Path dir) {
    Path privateKey = dir.resolve("token-signing.key");
    Path publicKey = dir.resolve("token-signing.pub");
    try {
      if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
        Files.createDirectories(dir);
        KeyPair pair = generate();
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        restrictToOwner(privateKey);
      }
      return new SigningKeys(Files.readString(privateKey), Files.readString(publicKey));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the token signing keys in " + dir, e);
    }
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions apply
    }
  }

  String privateKeyPem() {
    return privateKeyPem;
  }

  String publicKeyPem() {
    return publicKeyPem;
  }
}
