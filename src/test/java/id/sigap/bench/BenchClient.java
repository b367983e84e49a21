package id.sigap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A thin API client for load runs: one shared HTTP client, JSON in and out. */
final class BenchClient {

  static final ObjectMapper JSON = new ObjectMapper();

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final URI base;

  BenchClient(URI base) {
    this.base = base;
  }

  String token(String user) throws IOException, InterruptedException {
    return post(
            null,
            "/api/v1/auth/login",
            "{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}")
        .get("accessToken")
        .asText();
  }

  JsonNode post(String token, String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = send(token, "POST", path, body);
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          path + " -> " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  JsonNode put(String token, String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = send(token, "PUT", path, body);
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          path + " -> " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  HttpResponse<String> send(String token, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String newHardCase(String agentToken, int n) throws IOException, InterruptedException {
    String id =
        post(
                agentToken,
                "/api/v1/cases",
                "{\"channel\":\"INBOUND_VOICE\",\"customer\":{\"name\":\"Pelanggan "
                    + n
                    + "\",\"phone\":\"0812"
                    + (10_000_000 + n)
                    + "\"},\"summary\":\"Beban uji\"}")
            .get("id")
            .asText();
    put(agentToken, "/api/v1/cases/" + id + "/assessment", "{\"criteria\":[\"C-IN-1\"]}");
    return id;
  }
}
