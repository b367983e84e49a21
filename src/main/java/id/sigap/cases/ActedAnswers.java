package id.sigap.cases;

import id.sigap.procedure.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * How the API answers an accepted action on a case: 201 with the recorded timeline event, or the
 * case as the actor sees it now.
 */
@ApplicationScoped
public class ActedAnswers {

  private final Timeline timeline;
  private final CaseService cases;

  ActedAnswers(Timeline timeline, CaseService cases) {
    this.timeline = timeline;
    this.cases = cases;
  }

  public Uni<Response> created(Uni<CaseService.Acted> action) {
    return action.map(acted -> Response.status(201).entity(timeline.view(acted.event())).build());
  }

  public Uni<CaseView> view(Actor viewer, Uni<CaseService.Acted> action) {
    return action.chain(acted -> cases.view(viewer, acted.caseEntity()));
  }
}
