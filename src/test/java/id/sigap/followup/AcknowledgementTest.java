package id.sigap.followup;

import static id.sigap.support.Api.caseInFollowUp;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R-C-6 over the API: QC, the SPV and the manager acknowledge ("mengetahui") the documented
 * follow-up, each once; the case lists who has and who has not.
 */
@QuarkusTest
class AcknowledgementTest {

  @Test
  void eachOfQcSpvAndManagerAcknowledgesOnceAndTheCaseListsWhoHasNot_R_C_6() {
    String caseId = caseInFollowUp();
    String ack = "/api/v1/cases/" + caseId + "/acknowledgements";
    // nothing documented yet: no coordination
    post("qc1", ack, Map.of()).then().statusCode(409).body("rule", equalTo("R-C-6"));
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/coordinations",
            Map.of(
                "unit",
                "COMPLAINT_HANDLING",
                "note",
                "Teknisi dijadwalkan",
                "policyDecision",
                false))
        .then()
        .statusCode(201);
    assertThat(caseOf("qc1", caseId).getList("allowedActions", String.class))
        .contains("acknowledge-follow-up");
    post("qc1", ack, Map.of("note", "Sudah sesuai W-10"))
        .then()
        .statusCode(201)
        .body("type", equalTo("FOLLOW_UP_ACKNOWLEDGED"))
        .body("role", equalTo("QC"));
    post("qc1", ack, Map.of())
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-C-6"));
    post("manager1", ack, null).then().statusCode(201);
    post("tl1", ack, Map.of()).then().statusCode(403);

    JsonPath c = caseOf("spv1", caseId);
    assertThat(c.getList("followUpAcknowledgedBy", String.class))
        .containsExactly("QC:qc1", "MANAGER:manager1");
    assertThat(c.getList("followUpAcknowledgementMissing", String.class))
        .isEqualTo(List.of("SUPERVISOR"));
    assertThat(c.getList("allowedActions", String.class)).contains("acknowledge-follow-up");
    assertThat(caseOf("qc1", caseId).getList("allowedActions", String.class))
        .doesNotContain("acknowledge-follow-up");
  }
}
