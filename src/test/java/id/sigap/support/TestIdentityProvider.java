package id.sigap.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * An OpenID Connect provider inside the test: its discovery document and its signing key (JWKS) on
 * a local port, and tokens signed with that key. The key and the issuer travel through system
 * properties, so tests reach them whichever class loader runs them.
 */
public class TestIdentityProvider implements QuarkusTestResourceLifecycleManager {

  private static final String KEY_PROPERTY = "sigap.test.provider.private-key";
  private static final String ISSUER_PROPERTY = "sigap.test.provider.issuer";
  private static final String KEY_ID = "test-provider-1";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      KeyPair keys = newKeyPair();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      String issuer =
          "http://localhost:" + server.getAddress().getPort() + "/realms/contact-center";
      JsonObject discovery =
          new JsonObject()
              .put("issuer", issuer)
              .put("jwks_uri", issuer + "/protocol/openid-connect/certs")
              .put("token_endpoint", issuer + "/protocol/openid-connect/token")
              .put("authorization_endpoint", issuer + "/protocol/openid-connect/auth")
              .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"));
      RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
      JsonObject jwks =
          new JsonObject()
              .put(
                  "keys",
                  new JsonArray()
                      .add(
                          new JsonObject()
                              .put("kty", "RSA")
                              .put("kid", KEY_ID)
                              .put("use", "sig")
                              .put("alg", "RS256")
                              .put("n", unsigned(publicKey.getModulus()))
                              .put("e", unsigned(publicKey.getPublicExponent()))));
      server.createContext(
          "/realms/contact-center/.well-known/openid-configuration",
          exchange -> answer(exchange, discovery));
      server.createContext(
          "/realms/contact-center/protocol/openid-connect/certs",
          exchange -> answer(exchange, jwks));
      server.start();
      System.setProperty(
          KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
      System.setProperty(ISSUER_PROPERTY, issuer);
      return Map.of("quarkus.oidc.auth-server-url", issuer, "quarkus.oidc.client-id", "sigap");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  public static String issuer() {
    return System.getProperty(ISSUER_PROPERTY);
  }

  /** A person's access token: sub, preferred_username, name, groups and cluster, for 5 minutes. */
  public static String token(String username, String cluster, String... groups) {
    return sign(claims(username, cluster, groups), providerKey());
  }

  /** The claims of {@link #token}, to change before {@link #sign}. */
  public static JsonObject claims(String username, String cluster, String... groups) {
    Instant now = Instant.now();
    JsonObject claims =
        new JsonObject()
            .put("iss", issuer())
            .put("sub", "subject-of-" + username)
            .put("preferred_username", username)
            .put("name", "Provider " + username)
            .put("groups", new JsonArray(java.util.List.of((Object[]) groups)))
            .put("sid", java.util.UUID.randomUUID().toString())
            .put("iat", now.getEpochSecond())
            .put("exp", now.plus(Duration.ofMinutes(5)).getEpochSecond());
    if (cluster != null) {
      claims.put("cluster", cluster);
    }
    return claims;
  }

  /** Signed with the provider's key. */
  public static String sign(JsonObject claims) {
    return sign(claims, providerKey());
  }

  /** Signed with a key the provider never published. */
  public static String signWithAnotherKey(JsonObject claims) {
    return sign(claims, newKeyPair().getPrivate());
  }

  private static String sign(JsonObject claims, PrivateKey key) {
    String header =
        B64.encodeToString(
            new JsonObject()
                .put("alg", "RS256")
                .put("typ", "JWT")
                .put("kid", KEY_ID)
                .encode()
                .getBytes(StandardCharsets.UTF_8));
    String payload = B64.encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8));
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return header + "." + payload + "." + B64.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrivateKey providerKey() {
    try {
      byte[] encoded = Base64.getDecoder().decode(System.getProperty(KEY_PROPERTY));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return B64.encodeToString(bytes);
  }

  private static void answer(HttpExchange exchange, JsonObject body) throws IOException {
    byte[] bytes = body.encode().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
