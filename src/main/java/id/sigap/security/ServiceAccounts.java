package id.sigap.security;

import id.sigap.directory.UserAccountRepository;
import id.sigap.platform.persistence.StatementPool;
import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Integrators' credentials: each service account plays one existing role (never ADMIN) under its
 * own name, gets a secret shown once, trades it for short-lived tokens, and can be revoked on its
 * own. Creation, revocation and every use, granted or refused, are in the security audit log.
 */
@ApplicationScoped
public class ServiceAccounts {

  // per bean, not static: a static one would be seeded when the native image is built
  private final SecureRandom random = new SecureRandom();

  /** Not a bcrypt hash, so no password can ever match it. */
  private static final String NO_PASSWORD = "!service-account";

  private final Pool pool;
  private final UserAccountRepository accounts;
  private final Sessions sessions;
  private final Clock clock;

  ServiceAccounts(@StatementPool Pool pool, UserAccountRepository accounts, Sessions sessions) {
    this.pool = pool;
    this.accounts = accounts;
    this.sessions = sessions;
    this.clock = WallClock.UTC;
  }

  public record Account(
      String id,
      String name,
      Role role,
      String clusterId,
      String createdBy,
      Instant createdAt,
      Instant revokedAt) {}

  /** A new account and its secret, which is not kept and cannot be shown again. */
  public record Created(Account account, String secret) {}

  public Uni<Created> create(String admin, String name, Role role, String clusterId) {
    if (role == Role.ADMIN) {
      return Uni.createFrom()
          .failure(
              new RejectedException(
                  Rejection.invalid(
                      null,
                      "Role not available to integrators",
                      "A service account cannot be ADMIN: it could create more service accounts")));
    }
    boolean clustered = role == Role.AGENT || role == Role.TEAM_LEADER;
    // R-I-1: a CTI account serves the whole center, or one cluster when it names one
    if (role != Role.CTI && clustered != (clusterId != null)) {
      return Uni.createFrom()
          .failure(
              new RejectedException(
                  Rejection.invalid(
                      null,
                      "Cluster required for this role",
                      clustered
                          ? role + " sees cases by cluster: name the cluster"
                          : role + " has no cluster: leave clusterId out")));
    }
    UUID id = UUID.randomUUID();
    String secret = newSecret();
    Instant now = clock.instant();
    return pool.withTransaction(
            sql ->
                sql.preparedQuery(
                        "select exists (select 1 from user_account where username = $1) as taken,"
                            + " $2::text is null or exists (select 1 from cluster where id = $2)"
                            + " as cluster")
                    .execute(Tuple.of(name, clusterId))
                    .map(rows -> rows.iterator().next())
                    .chain(
                        found -> {
                          if (found.getBoolean("taken")) {
                            return Uni.createFrom()
                                .failure(
                                    new RejectedException(
                                        Rejection.conflict(
                                            null,
                                            "Name taken",
                                            "A person or service account is called " + name)));
                          }
                          if (!found.getBoolean("cluster")) {
                            return Uni.createFrom()
                                .failure(
                                    new RejectedException(
                                        Rejection.invalid(
                                            null, "Unknown cluster", "No cluster " + clusterId)));
                          }
                          // no password: service accounts sign in with their secret
                          return accounts.createServiceAccount(
                              sql, name, role.name(), clusterId, NO_PASSWORD);
                        })
                    .chain(
                        () ->
                            sql.preparedQuery(
                                    "insert into service_account (id, username, secret_hash,"
                                        + " created_by, created_at) values ($1, $2, $3, $4, $5)")
                                .execute(
                                    Tuple.of(id, name, Sessions.hash(secret), admin, utc(now))))
                    .chain(
                        () ->
                            SecurityAudit.record(
                                sql,
                                now,
                                SecurityAudit.Action.SERVICE_ACCOUNT_CREATED,
                                id,
                                admin,
                                null,
                                "role "
                                    + role
                                    + (clusterId == null ? "" : ", cluster " + clusterId))))
        .replaceWith(
            new Created(
                new Account(id.toString(), name, role, clusterId, admin, now, null), secret));
  }

  public Uni<List<Account>> list() {
    return pool.query(
            "select s.id, s.username, u.role, u.cluster_id, s.created_by, s.created_at,"
                + " s.revoked_at from service_account s join user_account u using (username)"
                + " order by s.created_at")
        .execute()
        .map(
            rows -> {
              List<Account> accounts = new ArrayList<>();
              rows.forEach(row -> accounts.add(accountOf(row)));
              return accounts;
            });
  }

  /** Revokes the account and ends its sessions, so its tokens and streams stop at once. */
  public Uni<Void> revoke(String admin, String id) {
    UUID uuid = parse(id);
    Instant now = clock.instant();
    return pool.withTransaction(
        sql ->
            sql.preparedQuery(
                    "update service_account set revoked_at = coalesce(revoked_at, $2),"
                        + " revoked_by = coalesce(revoked_by, $3) where id = $1 returning username")
                .execute(Tuple.of(uuid, utc(now), admin))
                .chain(
                    rows -> {
                      if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().failure(new NotFoundProblem("Service account", id));
                      }
                      String username = rows.iterator().next().getString("username");
                      return sessions
                          .revokeAll(sql, username, now)
                          .chain(
                              () ->
                                  SecurityAudit.record(
                                      sql,
                                      now,
                                      SecurityAudit.Action.SERVICE_ACCOUNT_REVOKED,
                                      uuid,
                                      admin,
                                      null,
                                      null));
                    }));
  }

  /** The account the credentials belong to, if they are right and it is not revoked. */
  public Uni<Optional<Account>> authenticate(String clientId, String secret, String address) {
    Optional<UUID> id = tryParse(clientId);
    Instant now = clock.instant();
    if (id.isEmpty()) {
      return Uni.createFrom().item(Optional.empty());
    }
    return pool.withTransaction(
        sql ->
            sql.preparedQuery(
                    "select s.id, s.username, s.secret_hash, u.role, u.cluster_id, s.created_by,"
                        + " s.created_at, s.revoked_at"
                        + " from service_account s join user_account u using (username)"
                        + " where s.id = $1")
                .execute(Tuple.of(id.get()))
                .chain(
                    rows -> {
                      if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().item(Optional.<Account>empty());
                      }
                      Row row = rows.iterator().next();
                      Account account = accountOf(row);
                      boolean secretMatches =
                          MessageDigest.isEqual(
                              Sessions.hash(secret).getBytes(),
                              row.getString("secret_hash").getBytes());
                      boolean granted = secretMatches && account.revokedAt() == null;
                      String refusal =
                          !secretMatches ? "wrong secret" : granted ? null : "account revoked";
                      return SecurityAudit.record(
                              sql,
                              now,
                              granted
                                  ? SecurityAudit.Action.TOKEN_ISSUED
                                  : SecurityAudit.Action.TOKEN_REFUSED,
                              id.get(),
                              account.name(),
                              address,
                              refusal)
                          .replaceWith(granted ? Optional.of(account) : Optional.<Account>empty());
                    }));
  }

  private static Account accountOf(Row row) {
    return new Account(
        row.getUUID("id").toString(),
        row.getString("username"),
        Role.valueOf(row.getString("role")),
        row.getString("cluster_id"),
        row.getString("created_by"),
        row.getOffsetDateTime("created_at").toInstant(),
        row.getOffsetDateTime("revoked_at") == null
            ? null
            : row.getOffsetDateTime("revoked_at").toInstant());
  }

  private String newSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static UUID parse(String id) {
    return tryParse(id).orElseThrow(() -> new NotFoundProblem("Service account", id));
  }

  private static Optional<UUID> tryParse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static java.time.OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
