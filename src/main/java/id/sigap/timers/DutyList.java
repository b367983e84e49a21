package id.sigap.timers;

import id.sigap.cases.CaseAccess;
import id.sigap.procedure.Actor;
import id.sigap.timers.DutyResource.DutyView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The clocks running on the cases a person may see (a TL: their cluster's). */
@ApplicationScoped
public class DutyList {

  private final DutyQueries queries;

  DutyList(DutyQueries queries) {
    this.queries = queries;
  }

  public Uni<List<DutyView>> of(Actor who) {
    // "c" is the case's alias in the duty list's query
    return queries.openDuties(CaseAccess.filterFor(who, "c"));
  }
}
