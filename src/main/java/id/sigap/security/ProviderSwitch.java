package id.sigap.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns sign-in through the identity provider on exactly when {@code quarkus.oidc.auth-server-url}
 * is set: without it {@code quarkus.oidc.tenant-enabled} is false. An explicit {@code
 * quarkus.oidc.tenant-enabled} in any configuration source wins.
 */
public class ProviderSwitch implements ConfigSourceFactory {

  static final String SERVER_URL = "quarkus.oidc.auth-server-url";
  static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    ConfigValue url = context.getValue(SERVER_URL);
    boolean configured = url != null && url.getValue() != null && !url.getValue().isBlank();
    return List.of(new Source(configured));
  }

  record Source(boolean enabled) implements ConfigSource {

    @Override
    public Set<String> getPropertyNames() {
      return Set.of(TENANT_ENABLED);
    }

    @Override
    public String getValue(String name) {
      return TENANT_ENABLED.equals(name) ? Boolean.toString(enabled) : null;
    }

    @Override
    public String getName() {
      return "sigap-identity-provider-switch";
    }

    @Override
    public int getOrdinal() {
      // below application.properties (250) and the environment: an explicit setting wins
      return 150;
    }
  }
}
