package id.sigap.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver run by a test: each path answers as its test tells it, and keeps every request
 * it was sent.
 */
final class Receiver implements AutoCloseable {

  /** One request as received. */
  record Request(String path, String signature, String eventId, String body) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, Function<Request, Integer>> answers = new ConcurrentHashMap<>();
  private final List<Request> received = new CopyOnWriteArrayList<>();

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A new path answering with what {@code answer} returns for each request. */
  String url(String path, Function<Request, Integer> answer) {
    answers.put(path, answer);
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Request> at(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Request request =
        new Request(
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("Sigap-Signature"),
            exchange.getRequestHeaders().getFirst("Sigap-Event-Id"),
            body);
    received.add(request);
    int status = answers.getOrDefault(request.path(), r -> 404).apply(request);
    byte[] answer =
        status == 204 ? new byte[0] : ("answer " + status).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  /**
   * What a receiver does with {@code Sigap-Signature}: true when the body is signed by the secret.
   */
  static boolean verifies(String header, String body, String secret) throws Exception {
    String t = null;
    String v1 = null;
    for (String part : header.split(",")) {
      if (part.startsWith("t=")) {
        t = part.substring(2);
      } else if (part.startsWith("v1=")) {
        v1 = part.substring(3);
      }
    }
    if (t == null || v1 == null) {
      return false;
    }
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
    return java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
  }

  static long timestampOf(String header) {
    for (String part : header.split(",")) {
      if (part.startsWith("t=")) {
        return Long.parseLong(part.substring(2));
      }
    }
    throw new IllegalArgumentException(header);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
