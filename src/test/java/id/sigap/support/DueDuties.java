package id.sigap.support;

import id.sigap.timers.DutyPoller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Fires what fell due on the test clock and waits until nothing due is left. The scheduled workers
 * poll beside the test and may hold a due row at the moment the test fires: SKIP LOCKED passes it
 * over, so the test waits for that worker's commit instead of reading the timeline too early.
 */
@ApplicationScoped
public class DueDuties {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @Inject DutyPoller poller;
  @Inject Clock clock;

  /** Fires every due duty once and returns when none is due any more. */
  public void fireAndSettle() throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    fireDue();
    while (stillDue() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Duties still due after " + PATIENCE + ": " + stillDue());
      }
      Thread.sleep(50);
      fireDue();
    }
  }

  /** One poll, as one replica would run it; returns how many it fired. */
  public int fireDue() throws Exception {
    return await(() -> poller.fireDue());
  }

  private long stillDue() throws Exception {
    return await(
        () ->
            Panache.withSession(
                () ->
                    Panache.getSession()
                        .chain(
                            s ->
                                s.createNativeQuery(
                                        "select count(*) from duty where due_at <= :now",
                                        Long.class)
                                    .setParameter("now", clock.instant())
                                    .getSingleResult())));
  }

  private static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work)
      throws Exception {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
