package id.sigap.security;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** The append-only record of what happened to integrators' credentials. */
final class SecurityAudit {

  enum Action {
    SERVICE_ACCOUNT_CREATED,
    SERVICE_ACCOUNT_REVOKED,
    TOKEN_ISSUED,
    TOKEN_REFUSED
  }

  private SecurityAudit() {}

  static Uni<Void> record(
      SqlClient sql,
      Instant at,
      Action action,
      UUID serviceAccount,
      String actor,
      String address,
      String detail) {
    return sql.preparedQuery(
            "insert into security_audit (at, action, service_account_id, actor, address, detail)"
                + " values ($1, $2, $3, $4, $5, $6)")
        .execute(
            Tuple.of(
                at.atOffset(ZoneOffset.UTC), action.name(), serviceAccount, actor, address, detail))
        .replaceWithVoid();
  }
}
