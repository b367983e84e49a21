package id.sigap.platform.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Makes Sigap run with nothing installed: with no datasource configured it supplies the URLs of an
 * embedded PostgreSQL (and turns the demo seeding on), and with no token keys configured it
 * supplies a key pair kept beside the data. With an external datasource it derives the JDBC URL
 * that Flyway needs from the reactive one.
 */
public class SelfContainedConfigSourceFactory implements ConfigSourceFactory {

  static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
  static final String JDBC_URL = "quarkus.datasource.jdbc.url";
  static final String USERNAME = "quarkus.datasource.username";
  static final String PASSWORD = "quarkus.datasource.password";
  static final String DATA_DIR = "sigap.db.embedded.data-dir";
  static final String FRESH = "sigap.db.embedded.fresh";
  static final String DURABLE = "sigap.db.embedded.durable";
  static final String BINARIES_DIR = "sigap.db.embedded.binaries-dir";
  static final String DEMO_SEED = "sigap.demo.seed";
  static final String VERIFY_KEY = "mp.jwt.verify.publickey";
  static final String SIGN_KEY = "smallrye.jwt.sign.key";

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    Path dataDir = Path.of(valueOr(context, DATA_DIR, defaultDataDir()));
    boolean keysConfigured =
        isSet(context, VERIFY_KEY + ".location") || isSet(context, SIGN_KEY + ".location");
    String externalUrl =
        isSet(context, REACTIVE_URL) ? context.getValue(REACTIVE_URL).getValue() : null;
    return List.of(
        new SelfContainedSource(
            dataDir,
            Path.of(valueOr(context, BINARIES_DIR, defaultBinariesDir())),
            Boolean.parseBoolean(valueOr(context, FRESH, "false")),
            Boolean.parseBoolean(valueOr(context, DURABLE, "true")),
            externalUrl,
            !keysConfigured));
  }

  /** Where the PostgreSQL library keeps unpacked binaries by default, shared by every start. */
  static String defaultBinariesDir() {
    return Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString();
  }

  static String defaultDataDir() {
    return Path.of(System.getProperty("user.home"), ".sigap", "data").toString();
  }

  /**
   * The JDBC form of a reactive URL. Credentials in the URL (as in the {@code uri} of a
   * CloudNativePG secret) are dropped: the JDBC driver would read them as part of the host name,
   * and the username and password are configured on their own.
   */
  static String jdbcUrlOf(String reactiveUrl) {
    String url = reactiveUrl.replaceFirst("^vertx-reactive:", "");
    url = url.replaceFirst("^postgres(ql)?://", "postgresql://");
    url = url.replaceFirst("^postgresql://[^/@]*@", "postgresql://");
    return "jdbc:" + url;
  }

  private static boolean isSet(ConfigSourceContext context, String name) {
    ConfigValue value = context.getValue(name);
    return value != null && value.getValue() != null && !value.getValue().isBlank();
  }

  private static String valueOr(ConfigSourceContext context, String name, String fallback) {
    return isSet(context, name) ? context.getValue(name).getValue() : fallback;
  }

  /**
   * Lists no names and answers only when asked for a value, so reading the configuration while the
   * application is built starts no database.
   */
  record SelfContainedSource(
      Path dataDir,
      Path binariesDir,
      boolean fresh,
      boolean durable,
      String externalUrl,
      boolean supplyKeys)
      implements ConfigSource {

    @Override
    public Set<String> getPropertyNames() {
      // the credentials are listed so that the datasource finds them; the URLs stay lazy
      return externalUrl == null ? Set.of(USERNAME, PASSWORD) : Set.of();
    }

    @Override
    public String getValue(String name) {
      if (supplyKeys && (name.equals(VERIFY_KEY) || name.equals(SIGN_KEY))) {
        SigningKeys keys = SigningKeys.loadOrCreate(dataDir.resolve("keys"));
        return name.equals(SIGN_KEY) ? keys.privateKeyPem() : keys.publicKeyPem();
      }
      if (externalUrl != null) {
        return name.equals(JDBC_URL) ? jdbcUrlOf(externalUrl) : null;
      }
      return switch (name) {
        case REACTIVE_URL -> "postgresql://localhost:" + embeddedPort() + "/postgres";
        case JDBC_URL -> "jdbc:postgresql://localhost:" + embeddedPort() + "/postgres";
        case USERNAME, PASSWORD -> "postgres";
        case DEMO_SEED -> "true";
        default -> null;
      };
    }

    private int embeddedPort() {
      return EmbeddedDatabase.start(dataDir, binariesDir, fresh, durable).port();
    }

    @Override
    public String getName() {
      return "sigap-self-contained";
    }

    @Override
    public int getOrdinal() {
      // below application.properties (250): an explicit setting always wins
      return 150;
    }
  }
}
