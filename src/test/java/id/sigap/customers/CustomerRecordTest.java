package id.sigap.customers;

import static id.sigap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.sigap.support.Api;
import id.sigap.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R-C-8 over the API: a customer record known by phone and service number, created at intake on the
 * hot path and on the idempotent one, found by number or name, merged and unmerged.
 */
@QuarkusTest
class CustomerRecordTest {

  /** A service number no other test uses: 1221 then eight digits of its own. */
  static String freshServiceNumber() {
    long digits = Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 100_000_000L;
    return String.format("1221%08d", digits);
  }

  static Response intake(
      String agent, String phone, String serviceNumber, String name, boolean idempotent) {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "INBOUND_VOICE");
    body.put("customer", Map.of("name", name, "phone", phone));
    body.put("summary", "Internet mati");
    if (serviceNumber != null) {
      body.put("serviceNumber", serviceNumber);
    }
    var request = as(agent).contentType(ContentType.JSON).body(body);
    if (idempotent) {
      request = request.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    return request.post("/api/v1/cases");
  }

  static JsonPath taken(String agent, String phone, String serviceNumber, String name) {
    return intake(agent, phone, serviceNumber, name, false)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static JsonPath lookUp(String who, String parameter, String value) {
    return as(who)
        .queryParam(parameter, value)
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static JsonPath record(String who, String customerId) {
    return as(who)
        .get("/api/v1/customers/" + customerId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theCaseBelongsToTheCustomerOfItsPhoneAndServiceNumberOnBothIntakePaths_R_C_8() {
    String agent = TestUsers.create("AGENT");
    String phone = CustomerTest.freshNumber();
    String service = freshServiceNumber();
    JsonPath first = taken(agent, phone, service, "Budi Hartono");
    String customer = first.getString("customer.id");
    assertThat(customer).isNotNull();
    assertThat(first.getString("customer.serviceNumber")).isEqualTo(service);

    // the service number written with dashes, from a second phone, on the idempotent path
    String secondPhone = CustomerTest.freshNumber();
    JsonPath second =
        intake(
                agent,
                secondPhone,
                service.substring(0, 4)
                    + "-"
                    + service.substring(4, 8)
                    + "-"
                    + service.substring(8),
                "Budi H.",
                true)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(second.getString("customer.id")).isEqualTo(customer);

    JsonPath byService = lookUp(agent, "serviceNumber", service);
    assertThat(byService.getString("id")).isEqualTo(customer);
    assertThat(byService.getInt("caseCount")).isEqualTo(2);
    assertThat(byService.getString("name")).isEqualTo("Budi H.");
    // the second phone was learned: it finds the customer too
    assertThat(lookUp(agent, "phone", "+62" + secondPhone.substring(1)).getString("id"))
        .isEqualTo(customer);

    JsonPath seenByAgent = record(agent, customer);
    assertThat(seenByAgent.getList("identifiers.kind", String.class))
        .containsExactlyInAnyOrder("PHONE", "PHONE", "SERVICE_NUMBER");
    assertThat(seenByAgent.getList("identifiers.value", String.class))
        .contains("+62" + phone.substring(1), service);
    // QC sees the numbers masked, the service number whole
    JsonPath seenByQc = record("qc1", customer);
    assertThat(seenByQc.getList("identifiers.value", String.class))
        .contains(service)
        .noneMatch(v -> v.equals("+62" + phone.substring(1)));
    assertThat(seenByQc.getString("phone")).contains("****");
  }

  @Test
  void aServiceNumberThatIsNotOneIsRefusedAndNothingIsTakenIn_R_C_8() {
    String agent = TestUsers.create("AGENT");
    String phone = CustomerTest.freshNumber();
    for (boolean idempotent : new boolean[] {false, true}) {
      intake(agent, phone, "0812-3456-7890", "Sari", idempotent)
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("rule", equalTo("R-C-8"));
    }
    as(agent).queryParam("phone", phone).get("/api/v1/customers").then().statusCode(404);
    as(agent)
        .queryParam("serviceNumber", "08-12")
        .get("/api/v1/customers")
        .then()
        .statusCode(400)
        .body("rule", equalTo("R-C-8"));
    as(agent)
        .queryParam("phone", phone)
        .queryParam("name", "Sari")
        .get("/api/v1/customers")
        .then()
        .statusCode(400)
        .body("rule", equalTo("R-C-8"));
    as(agent).get("/api/v1/customers/" + UUID.randomUUID()).then().statusCode(404);
    as(agent).get("/api/v1/customers/not-an-id").then().statusCode(404);
  }

  @Test
  void aCustomerIsFoundByPartOfTheirNameWithTheOtherMatchesListed_R_C_8() {
    String agent = TestUsers.create("AGENT");
    String family = "Wibisono" + UUID.randomUUID().toString().substring(0, 8);
    String older =
        taken(agent, CustomerTest.freshNumber(), null, "Ani " + family).getString("customer.id");
    String newer =
        taken(agent, CustomerTest.freshNumber(), null, "Eko " + family).getString("customer.id");

    JsonPath found = lookUp(agent, "name", family.toLowerCase());
    assertThat(found.getString("id")).isEqualTo(newer);
    assertThat(found.getList("otherMatches.id", String.class)).containsExactly(older);
    as(agent)
        .urlEncodingEnabled(false)
        .get("/api/v1/customers?name=Ani%00" + family)
        .then()
        .statusCode(400)
        .body("rule", equalTo("R-C-8"));
    as(agent)
        .queryParam("name", "Zz" + UUID.randomUUID())
        .get("/api/v1/customers")
        .then()
        .statusCode(404);
  }

  @Test
  void anAgentMergesTwoCustomersWithAReasonAndUndoesIt_R_C_8() {
    String agent = TestUsers.create("AGENT");
    String phoneA = CustomerTest.freshNumber();
    String phoneB = CustomerTest.freshNumber();
    String a = taken(agent, phoneA, null, "Rina").getString("customer.id");
    String caseB = taken(agent, phoneB, null, "Rina S.").getString("id");
    String b = Api.caseOf(agent, caseB).getString("customer.id");

    JsonPath merge =
        Api.post(
                agent,
                "/api/v1/customers/" + a + "/merges",
                Map.of("into", b, "reason", "Satu orang"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String mergeId = merge.getString("id");
    assertThat(merge.getString("merged")).isEqualTo(a);
    assertThat(merge.getString("into")).isEqualTo(b);

    // A's number now answers B with both customers' cases
    JsonPath byA = lookUp(agent, "phone", phoneA);
    assertThat(byA.getString("id")).isEqualTo(b);
    assertThat(byA.getInt("caseCount")).isEqualTo(2);
    assertThat(byA.getList("mergedIn.id", String.class)).containsExactly(mergeId);
    assertThat(record(agent, a).getString("mergedInto.into")).isEqualTo(b);
    // the reason on both timelines
    assertThat(record(agent, a).getList("timeline.reason", String.class))
        .containsExactly("Satu orang");
    assertThat(record(agent, b).getList("timeline.type", String.class))
        .containsExactly("MERGED_IN");
    assertThat(record(agent, b).getList("timeline.reason", String.class))
        .containsExactly("Satu orang");

    // refusals name R-C-8 and change nothing
    refused(
        Api.post(agent, "/api/v1/customers/" + a + "/merges", Map.of("into", b, "reason", "lagi")),
        409);
    refused(
        Api.post(agent, "/api/v1/customers/" + b + "/merges", Map.of("into", a, "reason", "balik")),
        409);
    refused(
        Api.post(
            agent, "/api/v1/customers/" + b + "/merges", Map.of("into", b, "reason", "sendiri")),
        422);
    Api.post(
            agent,
            "/api/v1/customers/" + b + "/merges",
            Map.of("into", UUID.randomUUID().toString(), "reason", "x"))
        .then()
        .statusCode(404);
    assertThat(record(agent, b).getList("timeline")).hasSize(1);
    assertThat(record(agent, a).getList("timeline")).hasSize(1);

    // undo: each their own again, the undoing on both timelines
    JsonPath undone =
        Api.post(
                agent,
                "/api/v1/customers/merges/" + mergeId + "/undo",
                Map.of("reason", "Dua orang"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(undone.getString("undoneBy")).isEqualTo(agent);
    JsonPath aAgain = lookUp(agent, "phone", phoneA);
    assertThat(aAgain.getString("id")).isEqualTo(a);
    assertThat(aAgain.getInt("caseCount")).isEqualTo(1);
    assertThat(aAgain.getString("mergedInto")).isNull();
    assertThat(record(agent, b).getList("timeline.type", String.class))
        .containsExactly("MERGED_IN", "MERGE_UNDONE");
    assertThat(record(agent, a).getList("timeline.reason", String.class))
        .containsExactly("Satu orang", "Dua orang");

    refused(
        Api.post(agent, "/api/v1/customers/merges/" + mergeId + "/undo", Map.of("reason", "lagi")),
        409);
    Api.post(
            agent, "/api/v1/customers/merges/" + UUID.randomUUID() + "/undo", Map.of("reason", "x"))
        .then()
        .statusCode(404);
    // merging again after the undo is a merge of its own
    Api.post(
            agent,
            "/api/v1/customers/" + a + "/merges",
            Map.of("into", b, "reason", "Ternyata satu"))
        .then()
        .statusCode(201);
  }

  private static void refused(Response answer, int status) {
    answer
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-C-8"));
  }
}
