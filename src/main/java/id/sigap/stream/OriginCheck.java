package id.sigap.stream;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses (403) a stream upgrade that a page of another site started: a browser sends its page's
 * {@code Origin}, which must be in {@code sigap.stream.allowed-origins} or, when that is not set,
 * the origin the request was sent to ({@code Host}). A request without {@code Origin} does not come
 * from a browser page (an integrator's client): it passes here and is authenticated like any other.
 */
@ApplicationScoped
public class OriginCheck implements HttpUpgradeCheck {

  private final Optional<Set<String>> allowed;

  OriginCheck(StreamConfig config) {
    this.allowed =
        config
            .allowedOrigins()
            .map(
                list ->
                    list.stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(OriginCheck::normalized)
                        .collect(Collectors.toSet()));
  }

  @Override
  public Uni<CheckResult> perform(HttpUpgradeContext context) {
    String origin = context.httpRequest().getHeader(HttpHeaders.ORIGIN);
    String host = context.httpRequest().getHeader(HttpHeaders.HOST);
    return permits(origin, host) ? CheckResult.permitUpgrade() : CheckResult.rejectUpgrade(403);
  }

  boolean permits(String origin, String host) {
    if (origin == null) {
      return true;
    }
    String normalized = normalized(origin);
    if (normalized == null) {
      return false;
    }
    if (allowed.isPresent()) {
      return allowed.get().contains(normalized);
    }
    return host != null && sameAuthority(normalized, host);
  }

  /** {@code https://Sigap.Example:443} becomes {@code https://sigap.example}; null if no origin. */
  static String normalized(String origin) {
    try {
      URI uri = URI.create(origin.trim());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null
          || host == null
          || uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort = port == -1 || port == defaultPort(scheme);
      return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean sameAuthority(String origin, String hostHeader) {
    URI uri = URI.create(origin);
    String host = hostHeader.trim().toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    int port = defaultPort(uri.getScheme());
    if (colon > 0 && !host.endsWith("]")) {
      try {
        port = Integer.parseInt(host.substring(colon + 1));
      } catch (NumberFormatException e) {
        return false;
      }
      host = host.substring(0, colon);
    }
    int originPort = uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort();
    return uri.getHost().equals(host) && originPort == port;
  }

  private static int defaultPort(String scheme) {
    return "https".equals(scheme) || "wss".equals(scheme) ? 443 : 80;
  }
}
