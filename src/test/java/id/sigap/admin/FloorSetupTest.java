package id.sigap.admin;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.sigap.support.Api;
import id.sigap.support.StreamClient;
import id.sigap.support.TestUsers;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-F-1 over the API: admins set up clusters, desks, people and rosters without SQL, and import a
 * center from CSV, all or nothing. Each test works in clusters of its own.
 */
@QuarkusTest
class FloorSetupTest {

  String cluster;
  final List<String> rostered = new ArrayList<>();

  @BeforeEach
  void aClusterOfItsOwn() {
    cluster = newClusterId();
    admin()
        .body(Map.of("id", cluster, "name", "Cluster " + cluster))
        .post("/api/v1/admin/clusters")
        .then()
        .statusCode(201)
        .body("id", equalTo(cluster));
  }

  @AfterEach
  void rostersEmptyAgain() {
    rostered.forEach(
        c ->
            admin()
                .body(Map.of("shifts", List.of()))
                .put("/api/v1/admin/clusters/" + c + "/roster")
                .then()
                .statusCode(200));
  }

  static String newClusterId() {
    return "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  static io.restassured.specification.RequestSpecification admin() {
    return as("admin1");
  }

  Response createDesk(String id, String kind, boolean recorded) {
    return admin()
        .body(Map.of("id", id, "clusterId", cluster, "kind", kind, "recorded", recorded))
        .post("/api/v1/admin/desks");
  }

  Response createUser(String username, String role, String clusterId, String password) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("username", username);
    body.put("name", "Orang " + username);
    body.put("role", role);
    if (clusterId != null) {
      body.put("clusterId", clusterId);
    }
    if (password != null) {
      body.put("password", password);
    }
    return admin().body(body).post("/api/v1/admin/users");
  }

  static Response login(String username, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/api/v1/auth/login");
  }

  static List<Row> query(String sql, Tuple args) {
    List<Row> rows = new ArrayList<>();
    Arc.container()
        .instance(Pool.class)
        .get()
        .preparedQuery(sql)
        .execute(args)
        .await()
        .indefinitely()
        .forEach(rows::add);
    return rows;
  }

  static void refused(Response r, int status) {
    r.then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-F-1"))
        .body("type", equalTo("https://sigap.id/problems/rule/R-F-1"));
  }

  @Test
  void R_F_1_anAdminSetsUpADeskAndAPersonWhoThenWorksThere() {
    String desk = unique(cluster + "-D");
    createDesk(desk, "CLUSTER_DESK", true)
        .then()
        .statusCode(201)
        .body("id", equalTo(desk))
        .body("clusterId", equalTo(cluster))
        .body("kind", equalTo("CLUSTER_DESK"))
        .body("recorded", equalTo(true));
    String tl = unique("zz-tl-");
    createUser(tl, "TEAM_LEADER", cluster, "rahasia-123")
        .then()
        .statusCode(201)
        .body("username", equalTo(tl))
        .body("role", equalTo("TEAM_LEADER"))
        .body("clusterId", equalTo(cluster))
        .body("active", equalTo(true))
        .body("hasPassword", equalTo(true));
    as("qc1").get("/api/v1/desks").then().statusCode(200).body("id", hasItem(desk));
    String token = login(tl, "rahasia-123").then().statusCode(200).extract().path("accessToken");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("deskId", desk))
        .post("/api/v1/presence/check-in")
        .then()
        .statusCode(200)
        .body("deskId", equalTo(desk));
    given().auth().oauth2(token).post("/api/v1/presence/check-out").then().statusCode(200);
    admin().get("/api/v1/admin/clusters").then().statusCode(200).body("id", hasItem(cluster));
  }

  @Test
  void R_F_1_setupRefusesDuplicatesUnknownClustersAndOtherRoles() {
    String desk = unique(cluster + "-D");
    createDesk(desk, "WORKSTATION", false).then().statusCode(201);
    refused(createDesk(desk, "WORKSTATION", false), 409);
    refused(
        admin()
            .body(
                Map.of(
                    "id",
                    unique("X"),
                    "clusterId",
                    "NOPE",
                    "kind",
                    "WORKSTATION",
                    "recorded",
                    false))
            .post("/api/v1/admin/desks"),
        422);
    admin()
        .body(Map.of("id", unique("X"), "clusterId", cluster, "kind", "SOFA", "recorded", false))
        .post("/api/v1/admin/desks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    String user = unique("zz-agent-");
    createUser(user, "AGENT", cluster, null).then().statusCode(201);
    refused(createUser(user, "AGENT", cluster, null), 409);
    refused(createUser(unique("zz-agent-"), "AGENT", null, null), 422);
    refused(createUser(unique("zz-agent-"), "AGENT", "NOPE", null), 422);
    refused(
        admin().body(Map.of("id", cluster, "name", "again")).post("/api/v1/admin/clusters"), 409);
    as("spv1")
        .body(
            Map.of(
                "id", unique("X"), "clusterId", cluster, "kind", "WORKSTATION", "recorded", false))
        .post("/api/v1/admin/desks")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    admin()
        .body(Map.of("name", "x"))
        .put("/api/v1/admin/clusters/NOPE")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    // an admin does not take their own rights away
    refused(
        admin()
            .body(Map.of("name", "Joko Santoso", "role", "QC", "active", true))
            .put("/api/v1/admin/users/admin1"),
        409);
    assertThat(query("select 1 from desk where id like $1", Tuple.of("X%"))).isEmpty();
  }

  @Test
  void R_F_1_withoutAPasswordThePersonSignsInAtTheProviderOnly() {
    String user = unique("zz-spv-");
    createUser(user, "SUPERVISOR", null, null)
        .then()
        .statusCode(201)
        .body("hasPassword", equalTo(false))
        .body("clusterId", nullValue());
    login(user, "anything-at-all").then().statusCode(401).contentType("application/problem+json");
    login(user, user).then().statusCode(401);
  }

  @Test
  void R_F_1_removingADeskATlHoldsChecksTheTlOutOnThePresenceLog() {
    String desk = unique(cluster + "-D");
    createDesk(desk, "CLUSTER_DESK", true).then().statusCode(201);
    String tl = TestUsers.create("TEAM_LEADER", cluster);
    post(tl, "/api/v1/presence/check-in", Map.of("deskId", desk)).then().statusCode(200);

    admin()
        .delete("/api/v1/admin/desks/" + desk)
        .then()
        .statusCode(200)
        .body("id", equalTo(desk))
        .body("checkedOut", equalTo(tl));

    List<Map<String, Object>> everyone = as(tl).get("/api/v1/presence").jsonPath().getList("");
    assertThat(everyone)
        .filteredOn(p -> tl.equals(p.get("username")))
        .singleElement()
        .satisfies(p -> assertThat(p.get("status")).isEqualTo("AWAY"));
    List<Row> log =
        query(
            "select action, desk_id from presence_log where username = $1 order by id",
            Tuple.of(tl));
    assertThat(log).extracting(r -> r.getString("action")).containsExactly("CHECK_IN", "CHECK_OUT");
    assertThat(log.get(1).getString("desk_id")).isEqualTo(desk);
    // off the floor: not listed, nobody checks in there, and it cannot be removed twice
    as("qc1").get("/api/v1/desks").then().body("id", org.hamcrest.Matchers.not(hasItem(desk)));
    post(tl, "/api/v1/presence/check-in", Map.of("deskId", desk))
        .then()
        .statusCode(422)
        .body("rule", equalTo("R-F-2"));
    admin().delete("/api/v1/admin/desks/" + desk).then().statusCode(404);
    // and it can be put back
    createDesk(desk, "CLUSTER_DESK", true).then().statusCode(201);
  }

  @Test
  void R_F_1_aRoleOrClusterChangeSignsThePersonOutAndChecksThemOut() {
    String ws = unique(cluster + "-W");
    createDesk(ws, "WORKSTATION", false).then().statusCode(201);
    String agent = unique("zz-agent-");
    createUser(agent, "AGENT", cluster, "rahasia-123").then().statusCode(201);
    String token = login(agent, "rahasia-123").then().statusCode(200).extract().path("accessToken");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("deskId", ws))
        .post("/api/v1/presence/check-in")
        .then()
        .statusCode(200);

    String other = newClusterId();
    admin()
        .body(Map.of("id", other, "name", "Other"))
        .post("/api/v1/admin/clusters")
        .then()
        .statusCode(201);
    admin()
        .body(Map.of("name", "Nama Baru", "role", "AGENT", "clusterId", other, "active", true))
        .put("/api/v1/admin/users/" + agent)
        .then()
        .statusCode(200)
        .body("clusterId", equalTo(other))
        .body("name", equalTo("Nama Baru"));

    // the old token's session has ended (the stream hub closes the streams of ended sessions)
    given().auth().oauth2(token).get("/api/v1/presence").then().statusCode(401);
    assertThat(
            query(
                "select 1 from user_session where username = $1 and revoked_at is null",
                Tuple.of(agent)))
        .isEmpty();
    assertThat(query("select 1 from presence where username = $1", Tuple.of(agent))).isEmpty();
    // a new sign-in carries the new cluster
    login(agent, "rahasia-123").then().statusCode(200).body("user.clusterId", equalTo(other));

    // a name change alone keeps the sessions
    String again = login(agent, "rahasia-123").then().extract().path("accessToken");
    admin()
        .body(Map.of("name", "Nama Lain", "role", "AGENT", "clusterId", other, "active", true))
        .put("/api/v1/admin/users/" + agent)
        .then()
        .statusCode(200);
    given().auth().oauth2(again).get("/api/v1/presence").then().statusCode(200);
  }

  @Test
  void R_F_1_aDeactivatedPersonIsSignedOutAndSignsInNoMore() {
    String qc = unique("zz-qc-");
    createUser(qc, "QC", null, "rahasia-123").then().statusCode(201);
    String token = login(qc, "rahasia-123").then().statusCode(200).extract().path("accessToken");
    admin()
        .body(Map.of("name", "Orang " + qc, "role", "QC", "active", false))
        .put("/api/v1/admin/users/" + qc)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    given().auth().oauth2(token).get("/api/v1/presence").then().statusCode(401);
    login(qc, "rahasia-123").then().statusCode(401);
    as("qc1").get("/api/v1/users").then().body("username", org.hamcrest.Matchers.not(hasItem(qc)));
    admin()
        .body(Map.of("name", "Orang " + qc, "role", "QC", "active", true))
        .put("/api/v1/admin/users/" + qc)
        .then()
        .statusCode(200);
    login(qc, "rahasia-123").then().statusCode(200);
  }

  @TestHTTPResource("/")
  URI base;

  @Test
  void R_F_1_aRoleChangeOrADeactivationThroughTheApiClosesTheOpenStream() throws Exception {
    String tl = TestUsers.create("TEAM_LEADER");
    String token = login(tl, tl).then().statusCode(200).extract().path("accessToken");
    try (StreamClient stream = StreamClient.open(base, token, "")) {
      admin()
          .body(Map.of("name", "Orang " + tl, "role", "QC", "active", true))
          .put("/api/v1/admin/users/" + tl)
          .then()
          .statusCode(200)
          .body("role", equalTo("QC"));
      assertThat(stream.awaitClose(Duration.ofSeconds(5))).isEqualTo(4401);
    }
    String again = login(tl, tl).then().statusCode(200).extract().path("accessToken");
    try (StreamClient stream = StreamClient.open(base, again, "")) {
      admin()
          .body(Map.of("name", "Orang " + tl, "role", "QC", "active", false))
          .put("/api/v1/admin/users/" + tl)
          .then()
          .statusCode(200);
      assertThat(stream.awaitClose(Duration.ofSeconds(5))).isEqualTo(4401);
    }
  }

  @Test
  void R_F_1_R_F_3_theRosteredSupervisorReceivesTheHandNoTlCanTake() {
    String spv = TestUsers.create("SUPERVISOR");
    String agent = TestUsers.create("AGENT", cluster);
    List<Map<String, Object>> week = new ArrayList<>();
    for (String day :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      week.add(
          Map.of("day", day, "start", "00:00", "end", "12:00", "role", "SPV", "username", spv));
      week.add(
          Map.of("day", day, "start", "12:00", "end", "00:00", "role", "SPV", "username", spv));
    }
    rostered.add(cluster);
    admin()
        .body(Map.of("shifts", week))
        .put("/api/v1/admin/clusters/" + cluster + "/roster")
        .then()
        .statusCode(200)
        .body("shifts.size()", equalTo(14));
    admin()
        .get("/api/v1/admin/clusters/" + cluster + "/roster")
        .then()
        .statusCode(200)
        .body("shifts[0].day", equalTo("MONDAY"))
        .body("shifts[0].start", equalTo("00:00:00"))
        .body("shifts[0].role", equalTo("SPV"))
        .body("shifts[0].username", equalTo(spv));

    String caseId = Api.newCase(agent);
    Api.assess(agent, caseId, List.of("C-IN-1")).then().statusCode(200);
    Api.raiseHand(agent, caseId).then().statusCode(201);
    Map<String, Object> raised =
        caseOf("spv1", caseId).<Map<String, Object>>getList("timeline").stream()
            .filter(e -> "HAND_RAISED".equals(e.get("type")))
            .findFirst()
            .orElseThrow();
    assertThat(raised.get("targetTl")).isEqualTo(spv);
    assertThat(raised.get("routeReason")).isEqualTo("SUPERVISOR");
  }

  @Test
  void R_F_1_aRosterNamesTlsOfTheClusterAndSupervisorsOnly() {
    String otherTl = TestUsers.create("TEAM_LEADER");
    String agent = TestUsers.create("AGENT", cluster);
    for (Map<String, Object> shift :
        List.of(
            Map.<String, Object>of(
                "day",
                "MONDAY",
                "start",
                "07:00",
                "end",
                "15:00",
                "role",
                "TL",
                "username",
                otherTl),
            Map.<String, Object>of(
                "day",
                "MONDAY",
                "start",
                "07:00",
                "end",
                "15:00",
                "role",
                "SPV",
                "username",
                agent),
            Map.<String, Object>of(
                "day",
                "MONDAY",
                "start",
                "07:00",
                "end",
                "07:00",
                "role",
                "SPV",
                "username",
                "spv1"),
            Map.<String, Object>of(
                "day",
                "MONDAY",
                "start",
                "07:00",
                "end",
                "15:00",
                "role",
                "SPV",
                "username",
                "nobody"))) {
      refused(
          admin()
              .body(Map.of("shifts", List.of(shift)))
              .put("/api/v1/admin/clusters/" + cluster + "/roster"),
          422);
    }
    admin()
        .get("/api/v1/admin/clusters/" + cluster + "/roster")
        .then()
        .statusCode(200)
        .body("shifts.size()", equalTo(0));
    admin()
        .body(Map.of("shifts", List.of()))
        .put("/api/v1/admin/clusters/NOPE/roster")
        .then()
        .statusCode(404);
  }

  // --- import -------------------------------------------------------------------------------

  Response importing(Map<String, Object> files) {
    return admin().body(files).post("/api/v1/admin/import");
  }

  @Test
  void R_F_1_aCenterIsImportedInOneGo() {
    String c = newClusterId();
    String a = unique("zz-imp-");
    String t = unique("zz-imp-");
    String d = unique(c + "-D");
    importing(
            Map.of(
                "clusters", "id,name\n" + c + ",\"Cluster, baru\"\n",
                "people",
                    "username,name,role,cluster,password\r\n"
                        + a
                        + ",Ani,AGENT,"
                        + c
                        + ",\n"
                        + t
                        + ",Tono,TEAM_LEADER,"
                        + c
                        + ",rahasia-123\r\n",
                "desks", "id,cluster,kind,recorded\n" + d + "," + c + ",CLUSTER_DESK,true\n"))
        .then()
        .statusCode(201)
        .body("clusters", equalTo(1))
        .body("people", equalTo(2))
        .body("desks", equalTo(1));
    login(t, "rahasia-123").then().statusCode(200).body("user.clusterId", equalTo(c));
    assertThat(
            query("select name from cluster where id = $1", Tuple.of(c)).get(0).getString("name"))
        .isEqualTo("Cluster, baru");
    assertThat(
            query("select voice_recording from desk where id = $1", Tuple.of(d))
                .get(0)
                .getBoolean("voice_recording"))
        .isTrue();
  }

  @Test
  void R_F_1_aRefusedImportReportsEveryRowAndWritesNothing() {
    String a = unique("zz-imp-");
    String b = unique("zz-imp-");
    String d = unique(cluster + "-D");
    Response r =
        importing(
            Map.of(
                "people",
                    "username,name,role,cluster\n"
                        + a
                        + ",Ani,AGENT,"
                        + cluster
                        + "\n"
                        + a
                        + ",Ani lagi,AGENT,"
                        + cluster
                        + "\n"
                        + b
                        + ",Budi,AGENT,NOPE\n"
                        + "agent1,Ayu,AGENT,"
                        + cluster
                        + "\n"
                        + unique("zz-")
                        + ",Cici,CHIEF,"
                        + cluster
                        + "\n"
                        + "too,few\n",
                "desks",
                    "id,cluster,kind,recorded\n" + d + "," + cluster + ",WORKSTATION,maybe\n"));
    r.then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-F-1"))
        .body("rows.size()", equalTo(6));
    List<Map<String, Object>> rows = r.jsonPath().getList("rows");
    assertThat(rows)
        .anySatisfy(
            e -> {
              assertThat(e).containsEntry("file", "people").containsEntry("line", 3);
              assertThat(e).containsEntry("column", "username");
              assertThat((String) e.get("message")).contains("Duplicate").contains("line 2");
            })
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("line", 4)
                    .containsEntry("column", "cluster")
                    .containsEntry("message", "Unknown cluster NOPE"))
        .anySatisfy(e -> assertThat(e).containsEntry("line", 5).containsEntry("column", "username"))
        .anySatisfy(e -> assertThat(e).containsEntry("line", 6).containsEntry("column", "role"))
        .anySatisfy(e -> assertThat(e).containsEntry("line", 7).containsEntry("column", null))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("file", "desks")
                    .containsEntry("line", 2)
                    .containsEntry("column", "recorded"));
    // nothing half-imported: not even the good first row
    assertThat(query("select 1 from user_account where username = $1", Tuple.of(a))).isEmpty();
    assertThat(query("select 1 from desk where id = $1", Tuple.of(d))).isEmpty();
  }

  @Test
  void R_F_1_aFileWithMissingColumnsIsRefusedWholly() {
    Response r =
        importing(
            Map.of(
                "people",
                "username,name,cluster,shoe\n" + unique("zz-") + ",Ani," + cluster + ",42\n"));
    r.then().statusCode(422).contentType("application/problem+json").body("rule", equalTo("R-F-1"));
    List<Map<String, Object>> rows = r.jsonPath().getList("rows");
    assertThat(rows)
        .extracting(e -> e.get("line") + ":" + e.get("column"))
        .containsExactlyInAnyOrder("1:shoe", "1:role");
    refused(importing(Map.of()), 400);
    refused(importing(Map.of("people", "")), 422);
    refused(importing(Map.of("people", "username,name,role,cluster\n\"open,quote\n")), 422);
  }

  @Test
  void R_F_1_fiftyThousandRowsAreAnsweredCleanly() {
    StringBuilder people = new StringBuilder("username,name,role,cluster\n");
    for (int i = 0; i < 50_000; i++) {
      people.append("u").append(i).append(",N,QC,\n");
    }
    long started = System.nanoTime();
    Response r = importing(Map.of("people", people.toString()));
    assertThat(r.statusCode()).isIn(413, 422);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
    // over the configured row limit (5000), though within the body limit
    StringBuilder over = new StringBuilder("username,name,role,cluster\n");
    for (int i = 0; i < 5_001; i++) {
      over.append("u").append(i).append(",N,QC,\n");
    }
    refused(importing(Map.of("people", over.toString())), 422);
    assertThat(query("select 1 from user_account where username = 'u1'", Tuple.tuple())).isEmpty();
  }
}
