package id.sigap.timers;

import id.sigap.cases.CaseAccess;
import id.sigap.procedure.DutyKind;
import id.sigap.timers.DutyResource.DutyView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The duty list's read model: the open duties of the cases a person may see. */
@ApplicationScoped
public class DutyQueries {

  static final int MAX = 500;

  private static final String QUERY =
      """
      select d.key, d.kind, d.caseId, d.dueAt, d.stage, c.customerName, c.handlingTl
      from DutyEntity d join CaseEntity c on c.id = d.caseId
      where %s
      order by d.dueAt, d.key
      """;

  /**
   * The open duties of the cases the filter lets through, soonest due first, at most {@link #MAX}.
   */
  public Uni<List<DutyView>> openDuties(CaseAccess.Filter filter) {
    return Panache.getSession()
        .chain(
            session -> {
              var query =
                  session
                      .createSelectionQuery(QUERY.formatted(filter.condition()), Object[].class)
                      .setMaxResults(MAX);
              if (filter.who() != null) {
                query.setParameter("who", filter.who());
              }
              return query.getResultList();
            })
        .map(rows -> rows.stream().map(DutyQueries::view).toList());
  }

  private static DutyView view(Object[] row) {
    return new DutyView(
        (String) row[0],
        (DutyKind) row[1],
        (UUID) row[2],
        (Instant) row[3],
        (Integer) row[4],
        (String) row[5],
        (String) row[6]);
  }
}
