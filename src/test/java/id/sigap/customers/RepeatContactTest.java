package id.sigap.customers;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.assess;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static id.sigap.support.Api.raiseHand;
import static id.sigap.support.Api.tl1BackAtDesk;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** R-C-8: a customer who calls again soon after their case closed is linked to that case. */
@QuarkusTest
class RepeatContactTest {

  @Inject TestClock clock;

  @AfterEach
  void backToNow() {
    clock.reset();
  }

  static String newCase(String phone, boolean withIdempotencyKey) {
    var request =
        as("agent1")
            .body(
                Map.of(
                    "channel",
                    "INBOUND_VOICE",
                    "customer",
                    Map.of("name", "Rudi Hartono", "phone", phone),
                    "summary",
                    "Internet mati lagi"));
    if (withIdempotencyKey) {
      request = request.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    return request.post("/api/v1/cases").then().statusCode(201).extract().path("id");
  }

  /** A hard complaint of this number taken to its close by tl1. */
  static String closedCase(String phone) {
    tl1BackAtDesk();
    String caseId = newCase(phone, false);
    assess("agent1", caseId, List.of("C-IN-1")).then().statusCode(200);
    String hand = raiseHand("agent1", caseId).then().statusCode(201).extract().path("id");
    post("tl1", "/api/v1/escalations/" + hand + "/acknowledge", null).then().statusCode(200);
    post("tl1", "/api/v1/escalations/" + hand + "/arrive", null).then().statusCode(200);
    as("agent1")
        .body(Map.of("tl", "tl1"))
        .put("/api/v1/cases/" + caseId + "/handling-tl")
        .then()
        .statusCode(200);
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/callbacks",
            Map.of("deskId", "DESK-C1", "outcome", "REACHED", "note", "Normal", "final", true))
        .then()
        .statusCode(201);
    post("tl1", "/api/v1/cases/" + caseId + "/close", Map.of("resolution", "ODP diperbaiki"))
        .then()
        .statusCode(200);
    return caseId;
  }

  @Test
  void aContactWithinTheRepeatWindowIsLinkedToTheClosedCase_R_C_8() {
    String number = CustomerTest.freshNumber();
    String closed = closedCase(number);

    // the same customer, the number written another way, on both intake paths
    String again = newCase("+62 " + number.substring(1), false);
    assertThat(caseOf("tl1", again).getString("repeatOf")).isEqualTo(closed);
    String retried = newCase(number.substring(0, 4) + "-" + number.substring(4), true);
    assertThat(caseOf("tl1", retried).getString("repeatOf")).isEqualTo(closed);
    // the TL sees the customer's history: both cases of the number
    assertThat(
            as("tl1")
                .queryParam("phone", number)
                .get("/api/v1/customers")
                .jsonPath()
                .getList("cases.id", String.class))
        .contains(closed, again, retried);
  }

  @Test
  void aContactFromANumberMergedIntoTheCustomerRepeatsTheirClosedCase_R_C_8() {
    String closedNumber = CustomerTest.freshNumber();
    String closed = closedCase(closedNumber);
    String otherNumber = CustomerTest.freshNumber();
    String other = newCase(otherNumber, false);
    String customer = caseOf("agent1", closed).getString("customer.id");
    String merged = caseOf("agent1", other).getString("customer.id");
    post(
            "agent1",
            "/api/v1/customers/" + merged + "/merges",
            Map.of("into", customer, "reason", "Nomor kedua pelanggan yang sama"))
        .then()
        .statusCode(201);

    // the second number is one customer with the first now, on both intake paths
    assertThat(caseOf("tl1", newCase(otherNumber, false)).getString("repeatOf")).isEqualTo(closed);
    assertThat(caseOf("tl1", newCase(otherNumber, true)).getString("repeatOf")).isEqualTo(closed);
  }

  @Test
  void aContactAfterTheRepeatWindowStartsAfresh_R_C_8() {
    String number = CustomerTest.freshNumber();
    closedCase(number);
    clock.advance(Duration.ofDays(7).plusMinutes(1));
    assertThat(caseOf("agent1", newCase(number, false)).getString("repeatOf")).isNull();
    assertThat(caseOf("agent1", newCase(number, true)).getString("repeatOf")).isNull();
  }
}
