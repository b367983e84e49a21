package id.sigap.cases;

import id.sigap.procedure.event.CaseEvent;
import io.smallrye.mutiny.Uni;

/**
 * Reacts to an accepted action inside its transaction, so that whatever it changes (a duty armed or
 * cleared) commits or rolls back with the action.
 */
public interface CaseEventListener {

  Uni<Void> recorded(CaseEntity c, CaseEvent event);
}
