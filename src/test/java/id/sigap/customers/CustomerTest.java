package id.sigap.customers;

import static id.sigap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.sigap.support.Api;
import id.sigap.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R-C-8 over the API: a customer is found by phone number however it is written, with the cases the
 * caller may see, and their open hard complaint is named to every agent who looks them up.
 */
@QuarkusTest
class CustomerTest {

  /** A number no other test uses: 0812 then eight digits of its own. */
  static String freshNumber() {
    long digits = Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000L;
    return String.format("0812%08d", digits);
  }

  static String caseOf(String agent, String phone, String name) {
    return as(agent)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(
            Map.of(
                "channel",
                "INBOUND_VOICE",
                "customer",
                Map.of("name", name, "phone", phone),
                "summary",
                "Internet mati"))
        .post("/api/v1/cases")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static JsonPath lookUp(String who, String phone) {
    return as(who)
        .queryParam("phone", phone)
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theCustomerIsFoundByAnyFormOfTheirNumber_R_C_8() {
    String cluster = TestUsers.cluster();
    String agent = TestUsers.create("AGENT", cluster);
    String number = freshNumber();
    String local = number.substring(1);
    String first = caseOf(agent, number, "Budi Hartono");
    String second =
        caseOf(
            agent,
            "+62 " + local.substring(0, 3) + " " + local.substring(3, 7) + " " + local.substring(7),
            "Budi H.");

    for (String written :
        List.of(
            number,
            "62" + local,
            "+62" + local,
            number.substring(0, 4) + "-" + number.substring(4, 8) + "-" + number.substring(8))) {
      JsonPath customer = lookUp(agent, written);
      assertThat(customer.getString("phone")).as(written).isEqualTo("+62" + local);
      assertThat(customer.getInt("caseCount")).isEqualTo(2);
      assertThat(customer.getList("cases.id", String.class)).containsExactly(second, first);
      assertThat(customer.getString("name")).isEqualTo("Budi H.");
    }
    // QC sees the number masked
    assertThat(lookUp("qc1", number).getString("phone")).contains("****");
  }

  @Test
  void anotherAgentIsToldOfTheOpenHardComplaintWithoutSeeingTheCase_R_C_8() {
    String cluster = TestUsers.cluster();
    String agent = TestUsers.create("AGENT", cluster);
    String otherAgent = TestUsers.create("AGENT", cluster);
    String tl = TestUsers.create("TEAM_LEADER", cluster);
    String number = freshNumber();
    String hard = caseOf(agent, number, "Sari");
    Api.assess(agent, hard, List.of("C-IN-2")).then().statusCode(200);

    JsonPath seenByOther = lookUp(otherAgent, number);
    assertThat(seenByOther.getInt("caseCount")).isEqualTo(1);
    assertThat(seenByOther.getList("cases")).isEmpty();
    assertThat(seenByOther.getString("openHardComplaint.caseId")).isEqualTo(hard);
    assertThat(seenByOther.getString("openHardComplaint.createdBy")).isEqualTo(agent);
    assertThat(seenByOther.getBoolean("openHardComplaint.visible")).isFalse();

    JsonPath seenByTl = lookUp(tl, number);
    assertThat(seenByTl.getList("cases.id", String.class)).containsExactly(hard);
    assertThat(seenByTl.getBoolean("openHardComplaint.visible")).isTrue();
  }

  @Test
  void anUnknownOrMalformedNumberIsAClearProblem_R_C_8() {
    as("agent1")
        .queryParam("phone", freshNumber())
        .get("/api/v1/customers")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as("agent1")
        .queryParam("phone", "+1 555 123 4567")
        .get("/api/v1/customers")
        .then()
        .statusCode(400)
        .body("rule", equalTo("R-C-8"));
    as("agent1").get("/api/v1/customers").then().statusCode(400);
    as("lo1").queryParam("phone", "081234567890").get("/api/v1/customers").then().statusCode(403);
  }
}
