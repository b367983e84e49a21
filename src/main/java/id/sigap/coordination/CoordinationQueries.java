package id.sigap.coordination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.platform.persistence.StatementPool;
import id.sigap.procedure.Coordination;
import id.sigap.procedure.RelatedUnit;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R-C-5: the coordinations addressed to related units, read from the timeline (a coordination is a
 * {@code UNIT_COORDINATED} event, its answer a {@code COORDINATION_ANSWERED} one). Read only.
 */
@ApplicationScoped
public class CoordinationQueries {

  private static final String UNANSWERED =
      """
      select e.case_id, e.actor, e.at, e.details, c.customer_name, c.summary, c.cluster_id,
             c.handling_tl
      from case_event e join hard_complaint_case c on c.id = e.case_id
      where e.type = 'UNIT_COORDINATED'
        and (e.details::jsonb ->> 'unit') = any($1)
        and (e.details::jsonb ->> 'coordinationId') is not null
        and c.status <> 'CLOSED'
        and not exists (
          select 1 from case_event a
          where a.type = 'COORDINATION_ANSWERED'
            and (a.details::jsonb ->> 'coordinationId') = (e.details::jsonb ->> 'coordinationId'))
      order by e.id
      limit $2
      """;

  private static final String ONE =
      """
      select e.case_id, e.actor, e.details,
             exists (select 1 from case_event a
                     where a.type = 'COORDINATION_ANSWERED'
                       and (a.details::jsonb ->> 'coordinationId') = $1) as answered
      from case_event e
      where e.type = 'UNIT_COORDINATED' and (e.details::jsonb ->> 'coordinationId') = $1
      """;

  private final Pool pool;
  private final ObjectMapper json;

  CoordinationQueries(@StatementPool Pool pool, ObjectMapper json) {
    this.pool = pool;
    this.json = json;
  }

  /** A coordination waiting in a unit's queue, with what its members need to answer it. */
  @Schema(name = "UnitCoordination")
  public record Waiting(
      String id,
      String caseId,
      RelatedUnit unit,
      String askedBy,
      Instant askedAt,
      @Schema(nullable = true) String note,
      boolean policyDecision,
      @Schema(nullable = true) Instant promisedResolutionAt,
      @Schema(nullable = true, description = "Unknown (null) for some TelkomCare threads")
          String customerName,
      @Schema(nullable = true) String summary,
      String clusterId,
      @Schema(nullable = true) String handlingTl) {}

  /** A coordination and the case it was asked on. */
  public record Asked(UUID caseId, Coordination coordination) {}

  public Uni<List<Waiting>> unanswered(Set<RelatedUnit> units, int max) {
    if (units.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    String[] names = units.stream().map(Enum::name).toArray(String[]::new);
    return pool.preparedQuery(UNANSWERED)
        .execute(Tuple.of(names, max))
        .map(rows -> rows.stream().map(this::waiting).toList());
  }

  /** The coordination of this id, or null; {@code answered} as committed now. */
  public Uni<Asked> find(String coordinationId) {
    return pool.preparedQuery(ONE)
        .execute(Tuple.of(coordinationId))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return null;
              }
              Row row = rows.iterator().next();
              JsonNode d = details(row);
              return new Asked(
                  row.getUUID("case_id"),
                  new Coordination(
                      coordinationId,
                      RelatedUnit.valueOf(d.path("unit").asText()),
                      d.path("policyDecision").asBoolean(false),
                      row.getString("actor"),
                      row.getBoolean("answered")));
            });
  }

  private Waiting waiting(Row row) {
    JsonNode d = details(row);
    return new Waiting(
        d.path("coordinationId").asText(),
        row.getUUID("case_id").toString(),
        RelatedUnit.valueOf(d.path("unit").asText()),
        row.getString("actor"),
        row.getOffsetDateTime("at").toInstant(),
        d.path("note").isMissingNode() ? null : d.path("note").asText(),
        d.path("policyDecision").asBoolean(false),
        d.hasNonNull("promisedResolutionAt")
            ? Instant.parse(d.path("promisedResolutionAt").asText())
            : null,
        row.getString("customer_name"),
        row.getString("summary"),
        row.getString("cluster_id"),
        row.getString("handling_tl"));
  }

  private JsonNode details(Row row) {
    try {
      return json.readTree(row.getString("details"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Stored event details are not JSON", e);
    }
  }
}
