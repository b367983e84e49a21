package id.sigap.platform.vertx;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;

/**
 * The one place that reaches into Vert.x internals, for what its public API cannot do: a context on
 * an event loop of one's choosing, a duplicated context marked safe for a Hibernate Reactive
 * session, and running a handler on a context synchronously. A Vert.x upgrade that moves these
 * breaks only here, and {@code VertxContextsTest} says so.
 */
public final class VertxContexts {

  private VertxContexts() {}

  /** A new event-loop context; successive calls spread over Vert.x's event loops. */
  public static Context newEventLoopContext(Vertx vertx) {
    return ((VertxInternal) vertx).createEventLoopContext();
  }

  /**
   * A duplicated context of {@code parent}, marked safe: work run on it gets a session and a
   * transaction of its own.
   */
  public static Context newSafeDuplicatedContext(Context parent) {
    Context context = VertxContext.createNewDuplicatedContext(parent);
    VertxContextSafetyToggle.setContextSafe(context, true);
    return context;
  }

  /**
   * Runs the handler now, on this thread, with {@code context} as the current context, so that
   * everything it captures shares that one context.
   */
  public static <T> void runNowOn(Context context, T argument, Handler<T> handler) {
    ((ContextInternal) context).dispatch(argument, handler);
  }
}
