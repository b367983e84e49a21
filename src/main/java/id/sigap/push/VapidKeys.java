package id.sigap.push;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;

/**
 * The VAPID key pair: the configured one ({@code sigap.push.vapid-*-key}, e.g. from a Kubernetes
 * Secret), else the one in the database, made by whichever replica needed it first. Kept in the
 * database rather than beside the data like the token keys, because browsers bind a subscription to
 * one key and every replica must sign with it, also where no replica has a data folder.
 */
@ApplicationScoped
class VapidKeys {

  private final PushConfig config;
  private final PushQueries queries;
  private final Clock clock;
  private volatile Vapid vapid;

  VapidKeys(PushConfig config, PushQueries queries, Clock clock) {
    this.config = config;
    this.queries = queries;
    this.clock = clock;
  }

  Uni<Vapid> get() {
    Vapid known = vapid;
    if (known != null) {
      return Uni.createFrom().item(known);
    }
    if (config.vapidPublicKey().isPresent() != config.vapidPrivateKey().isPresent()) {
      return Uni.createFrom()
          .failure(
              new IllegalStateException(
                  "sigap.push.vapid-public-key and sigap.push.vapid-private-key go together"));
    }
    if (config.vapidPublicKey().isPresent()) {
      return Uni.createFrom()
          .item(() -> remember(config.vapidPublicKey().get(), config.vapidPrivateKey().get()));
    }
    return queries
        .vapidKey()
        .chain(
            stored -> {
              if (stored.isPresent()) {
                return Uni.createFrom().item(stored.get());
              }
              KeyPair pair = P256.generate();
              return queries
                  .storeVapidKey(
                      P256.base64Url(P256.encode((ECPublicKey) pair.getPublic())),
                      P256.base64Url(P256.encode((ECPrivateKey) pair.getPrivate())),
                      clock.instant())
                  // another replica may have stored its own first: read back the one kept
                  .chain(queries::vapidKey)
                  .map(again -> again.orElseThrow());
            })
        .map(keys -> remember(keys[0], keys[1]));
  }

  private Vapid remember(String publicKey, String privateKey) {
    Vapid made =
        new Vapid(
            P256.publicKey(P256.fromBase64Url(publicKey)),
            P256.privateKey(P256.fromBase64Url(privateKey)));
    vapid = made;
    return made;
  }
}
