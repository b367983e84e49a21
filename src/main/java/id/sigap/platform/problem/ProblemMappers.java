package id.sigap.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import id.sigap.platform.logging.CorrelationId;
import id.sigap.procedure.Rejection;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where anything that goes wrong becomes {@code application/problem+json}. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response rejected(RejectedException e) {
    Rejection r = e.rejection();
    String slug = r.rule() != null ? "rule/" + r.rule() : "conflict";
    return respond(
        new Problem(
            Problem.typeOf(slug),
            r.title(),
            statusOf(r.kind()),
            r.detail(),
            r.rule(),
            null,
            null,
            null));
  }

  @ServerExceptionMapper
  public Response rowsRefused(RowsRefused e) {
    return respond(
        new Problem(
            Problem.typeOf("rule/" + e.rule()),
            "Rows refused",
            422,
            e.getMessage(),
            e.rule(),
            null,
            null,
            null,
            e.rows()));
  }

  /** R-X-4: a conflict with the state is 409, a well-formed action the rules refuse is 422. */
  static int statusOf(Rejection.Kind kind) {
    return switch (kind) {
      case CONFLICT -> 409;
      case UNPROCESSABLE -> 422;
      case INVALID -> 400;
    };
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundProblem e) {
    return respond(Problem.of(404, "not-found", "Not found", e.getMessage()));
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return respond(
        new Problem(
            Problem.typeOf("invalid-request"),
            "Invalid request",
            400,
            detail,
            null,
            null,
            null,
            errors));
  }

  @ServerExceptionMapper({
    JsonProcessingException.class,
    JsonParseException.class,
    MismatchedInputException.class,
    InvalidFormatException.class,
    ValueInstantiationException.class
  })
  public Response unreadable(JsonProcessingException e) {
    String field = null;
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      // "messages[0].at", written the way bean validation writes it
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        if (ref.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
        } else {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      field = path.toString();
    }
    String detail =
        field == null
            ? "The body is not valid JSON for this request"
            : "The value of '" + field + "' is not valid";
    List<Problem.FieldError> errors =
        field == null ? null : List.of(new Problem.FieldError(field, "invalid value"));
    return respond(
        new Problem(
            Problem.typeOf("invalid-request"),
            "Invalid request",
            400,
            detail,
            null,
            null,
            null,
            errors));
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e) {
    return Response.fromResponse(
            respond(
                Problem.of(
                    401,
                    "unauthorized",
                    "Sign-in required",
                    "Send a valid bearer token from POST /api/v1/auth/login")))
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response tooManyAttempts(TooManyAttempts e) {
    return Response.fromResponse(
            respond(
                Problem.of(
                    429,
                    "too-many-attempts",
                    "Too many failed sign-ins",
                    "Wait " + e.retryAfterSeconds() + " seconds before trying again")))
        .header("Retry-After", e.retryAfterSeconds())
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(
        Problem.of(403, "forbidden", "Not allowed", "Your role may not perform this action"));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (e.getCause() instanceof JsonProcessingException unreadable) {
      return unreadable(unreadable);
    }
    if (status >= 500) {
      return unexpected(e);
    }
    String title = e.getResponse().getStatusInfo().getReasonPhrase();
    return respond(Problem.of(status, "http-" + status, title, e.getMessage()));
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    if (isUnstorableText(e)) {
      // a NUL character from a path, a query or a header reached the database: the request's
      // fault, and its transaction changed nothing
      return respond(
          Problem.of(
              400,
              "invalid-request",
              "Invalid request",
              "The request contains characters that cannot be stored (NUL)"));
    }
    if (databaseUnavailable(e)) {
      LOG.warnf("Database unavailable: %s", e.getMessage());
      return Response.fromResponse(
              respond(
                  Problem.of(
                      503,
                      "database-unavailable",
                      "Service unavailable",
                      "The database cannot be reached; nothing was recorded, try again shortly")))
          .header("Retry-After", "5")
          .build();
    }
    String correlationId = CorrelationId.current();
    LOG.errorf(e, "Unexpected error, correlation id %s", correlationId);
    return respond(
        new Problem(
            Problem.typeOf("unexpected"),
            "Unexpected error",
            500,
            "Something went wrong on our side; quote the correlation id when reporting it",
            null,
            null,
            correlationId,
            null));
  }

  /** PostgreSQL's "invalid byte sequence" (SQLSTATE 22021): text it cannot store. */
  private static boolean isUnstorableText(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())) {
        return true;
      }
      if (t.getMessage() != null && t.getMessage().contains("(22021)")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The database refused or lost the connection (stopped, restarting, failing over): the
   * transaction was never committed, so the caller may simply retry.
   */
  static boolean databaseUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.ConnectException
          || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
        return true;
      }
      if (t instanceof io.vertx.pgclient.PgException pg
          && pg.getSqlState() != null
          && (pg.getSqlState().startsWith("57P") || pg.getSqlState().startsWith("08"))) {
        return true;
      }
    }
    return false;
  }

  static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    // "create.request.customer.phone" -> "customer.phone": the method and parameter are noise;
    // "messages[0].<list element>" -> "messages[0]": so is the name of a container element
    String path = violation.getPropertyPath().toString().replaceAll("\\.<[^>]*>", "");
    String[] parts = path.split("\\.", 3);
    return parts.length == 3 ? parts[2] : path;
  }
}
