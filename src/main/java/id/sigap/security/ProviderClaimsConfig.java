package id.sigap.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;

/**
 * The claims of an identity provider's access tokens that {@link ProviderClaims} reads, from {@code
 * sigap.oidc.*}. A claim may be a path like {@code realm_access/roles}.
 */
@ConfigMapping(prefix = "sigap.oidc")
public interface ProviderClaimsConfig {

  @WithDefault("preferred_username")
  @NotBlank
  String usernameClaim();

  @WithDefault("name")
  @NotBlank
  String nameClaim();

  /** Exactly one of Sigap's role names must be among its values. */
  @WithDefault("groups")
  @NotBlank
  String roleClaim();

  @WithDefault("cluster")
  @NotBlank
  String clusterClaim();
}
