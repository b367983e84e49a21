package id.sigap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A stream subscriber as an integrator would write one, collecting events as they arrive. */
public final class StreamClient implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BlockingQueue<JsonNode> received;
  private final WebSocket socket;
  private final CompletableFuture<Integer> closed;

  private StreamClient(
      WebSocket socket, BlockingQueue<JsonNode> received, CompletableFuture<Integer> closed) {
    this.socket = socket;
    this.received = received;
    this.closed = closed;
  }

  /** Opens the stream with a bearer token; {@code query} may be empty or e.g. "since=42". */
  public static StreamClient open(URI base, String token, String query) {
    return open(base, token, query, null);
  }

  /** Opens the stream with a bearer token, as a browser page of {@code origin} would (or null). */
  public static StreamClient open(URI base, String token, String query, String origin) {
    BlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    WebSocket.Builder builder =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Authorization", "Bearer " + token)
            .connectTimeout(Duration.ofSeconds(5));
    if (origin != null) {
      builder.header("Origin", origin);
    }
    WebSocket socket = builder.buildAsync(uriOf(base, query), listener(queue, closed)).join();
    return new StreamClient(socket, queue, closed);
  }

  /** Opens the stream without credentials or with a ticket: the upgrade may be refused. */
  public static CompletionStage<WebSocket> attempt(URI base, String query, String authorization) {
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder.buildAsync(
        uriOf(base, query), listener(new LinkedBlockingQueue<>(), new CompletableFuture<>()));
  }

  public static StreamClient openWithTicket(URI base, String ticket) {
    BlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(uriOf(base, "ticket=" + ticket), listener(queue, closed))
            .join();
    return new StreamClient(socket, queue, closed);
  }

  private static URI uriOf(URI base, String query) {
    String ws = base.toString().replaceFirst("^http", "ws").replaceAll("/$", "");
    return URI.create(
        ws + "/api/v1/stream" + (query == null || query.isEmpty() ? "" : "?" + query));
  }

  private static WebSocket.Listener listener(
      BlockingQueue<JsonNode> queue, CompletableFuture<Integer> closed) {
    return new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
      }

      @Override
      public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
      }

      private final StringBuilder partial = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          try {
            queue.add(JSON.readTree(partial.toString()));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          partial.setLength(0);
        }
        webSocket.request(1);
        return null;
      }
    };
  }

  public JsonNode next(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Waits for the first event that matches, keeping none of the others. */
  public JsonNode await(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      if (event != null && wanted.test(event)) {
        return event;
      }
    }
    return null;
  }

  /** Every event until none arrives for the quiet period. */
  public List<JsonNode> drain(Duration quiet) throws InterruptedException {
    return drain(quiet, Duration.ofDays(1));
  }

  /** Every event until none arrives for the quiet period, or until at most that long has passed. */
  public List<JsonNode> drain(Duration quiet, Duration atMost) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    List<JsonNode> events = new ArrayList<>();
    for (JsonNode e = next(quiet); e != null; e = next(quiet)) {
      events.add(e);
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    return events;
  }

  /** The close code the server sent within the timeout, or null if it stayed open. */
  public Integer awaitClose(Duration timeout) throws Exception {
    try {
      return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      return null;
    }
  }

  /** Sends a text message, as a client may. */
  public void send(String text) {
    socket.sendText(text, true).join();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
  }
}
