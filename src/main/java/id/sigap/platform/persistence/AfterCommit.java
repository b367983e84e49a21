package id.sigap.platform.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import org.hibernate.reactive.engine.ReactiveAfterTransactionCompletionProcess;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.session.ReactiveSession;

/**
 * Runs work once the current transaction has committed, and never if it rolls back. The Mutiny API
 * has no completion callback, so the work goes on the session's action queue, which Hibernate
 * Reactive drains after commit (and after rollback, with success false). The one place that uses
 * Hibernate Reactive's implementation classes.
 */
public final class AfterCommit {

  private AfterCommit() {}

  public static Uni<Void> run(Runnable work) {
    ReactiveAfterTransactionCompletionProcess process =
        (success, session) -> {
          if (success) {
            work.run();
          }
          return CompletableFuture.completedFuture(null);
        };
    return Panache.getSession()
        .invoke(
            session -> {
              if (session instanceof MutinySessionImpl impl) {
                impl.unwrap(ReactiveSession.class)
                    .getReactiveActionQueue()
                    .registerProcess(process);
              } else {
                work.run(); // another session implementation: run at once rather than never
              }
            })
        .replaceWithVoid();
  }
}
