package id.sigap.platform.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the timers and the stream rely on from Vert.x's internals, checked on a real Vert.x. */
class VertxContextsTest {

  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void newEventLoopContextsSpreadOverTheEventLoops() throws Exception {
    Set<String> threads = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      Context context = VertxContexts.newEventLoopContext(vertx);
      assertThat(context.isEventLoopContext()).isTrue();
      CompletableFuture<String> thread = new CompletableFuture<>();
      context.runOnContext(ignored -> thread.complete(Thread.currentThread().getName()));
      threads.add(thread.get(5, TimeUnit.SECONDS));
    }
    assertThat(threads).hasSize(2);
  }

  @Test
  void aSafeDuplicatedContextIsMarkedSafeAndSharesItsEventLoop() throws Exception {
    Context parent = VertxContexts.newEventLoopContext(vertx);
    Context duplicated = VertxContexts.newSafeDuplicatedContext(parent);
    assertThat(VertxContext.isDuplicatedContext(duplicated)).isTrue();
    assertThat(VertxContextSafetyToggle.isExplicitlyMarkedAsSafe(duplicated)).isTrue();
    assertThat(VertxContext.getRootContext(duplicated)).isSameAs(parent);
  }

  @Test
  void runNowOnRunsTheHandlerAtOnceWithThatContextCurrent() throws Exception {
    Context parent = VertxContexts.newEventLoopContext(vertx);
    CompletableFuture<Boolean> checked = new CompletableFuture<>();
    parent.runOnContext(
        ignored -> {
          Context batch = VertxContext.createNewDuplicatedContext(parent);
          AtomicReference<Context> seen = new AtomicReference<>();
          VertxContexts.runNowOn(batch, "ready", argument -> seen.set(Vertx.currentContext()));
          // ran synchronously, with the batch context current, and the caller's context restored
          checked.complete(seen.get() == batch && Vertx.currentContext() == parent);
        });
    assertThat(checked.get(5, TimeUnit.SECONDS)).isTrue();
  }
}
