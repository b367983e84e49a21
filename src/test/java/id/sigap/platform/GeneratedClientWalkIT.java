package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.client.ApiClient;
import id.sigap.client.ApiException;
import id.sigap.client.api.CasesApi;
import id.sigap.client.api.EscalationsApi;
import id.sigap.client.api.FloorApi;
import id.sigap.client.api.FollowUpApi;
import id.sigap.client.api.SignInApi;
import id.sigap.client.model.AssessmentRequest;
import id.sigap.client.model.CallBackRequest;
import id.sigap.client.model.CallOutcome;
import id.sigap.client.model.CaseStatus;
import id.sigap.client.model.Channel;
import id.sigap.client.model.CheckInRequest;
import id.sigap.client.model.CloseRequest;
import id.sigap.client.model.CoordinationRequest;
import id.sigap.client.model.CreateCaseRequest;
import id.sigap.client.model.CustomerRequest;
import id.sigap.client.model.Escalation;
import id.sigap.client.model.EventType;
import id.sigap.client.model.HandlingTlRequest;
import id.sigap.client.model.InboundCriterion;
import id.sigap.client.model.LoginRequest;
import id.sigap.client.model.LoginResponse;
import id.sigap.client.model.ModelCase;
import id.sigap.client.model.NoteRequest;
import id.sigap.client.model.RaiseHandRequest;
import id.sigap.client.model.RelatedUnit;
import id.sigap.client.model.TimelineEvent;
import id.sigap.support.ContractProxy;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an integrator's code generator makes of {@code openapi/sigap.json} works: the Java client
 * that openapi-generator (library {@code native}) generates from the committed document in {@code
 * generate-test-sources} walks a case from intake to closed against the packaged application, with
 * no hand-written HTTP. Its object mapper refuses fields the document does not name, so an answer
 * with more (or other) fields than documented fails the walk, as do an enum value, a type or a date
 * the document does not allow.
 */
@QuarkusIntegrationTest
@ExtendWith(ContractProxy.class)
class GeneratedClientWalkIT {

  @Test
  void aCaseFromIntakeToClosedThroughTheGeneratedClient() throws Exception {
    LoginResponse agentLogin =
        new SignInApi(client(null)).login(new LoginRequest().username("agent1").password("agent1"));
    assertThat(agentLogin.getTokenType()).isEqualToIgnoringCase("Bearer");
    ApiClient agent = client(agentLogin.getAccessToken());
    ApiClient tl = client(signIn("tl1"));

    // tl1 is back at the recorded cluster desk, free whatever earlier tests left them doing
    new FloorApi(tl).checkIn(new CheckInRequest().deskId("DESK-C1"));

    CasesApi cases = new CasesApi(agent);
    ModelCase created =
        cases.createCase(
            new CreateCaseRequest()
                .channel(Channel.INBOUND_VOICE)
                .customer(new CustomerRequest().name("Dewi Lestari").phone("0812-9876-5432"))
                .summary("Tagihan dobel dua bulan, pelanggan minta bicara dengan atasan"),
            "generated-client-" + UUID.randomUUID(),
            null);
    String caseId = created.getId();
    assertThat(created.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(created.getHandlingTl()).isNull();

    ModelCase assessed =
        cases.assessCase(caseId, new AssessmentRequest().addCriteriaItem(InboundCriterion.C_IN_1));
    assertThat(assessed.getHardComplaint()).isTrue();
    assertThat(assessed.getCriteria()).containsExactly(InboundCriterion.C_IN_1);

    Escalation hand = new EscalationsApi(agent).raiseHand(caseId, new RaiseHandRequest());
    assertThat(hand.getTargetTl()).isEqualTo("tl1");
    EscalationsApi escalations = new EscalationsApi(tl);
    assertThat(escalations.acknowledgeHand(hand.getId(), null).getAcknowledgedAt()).isNotNull();
    assertThat(escalations.arriveAtWorkstation(hand.getId(), null).getArrivedAt()).isNotNull();

    cases.nameHandlingTl(caseId, new HandlingTlRequest().tl("tl1"));
    FollowUpApi followUp = new FollowUpApi(tl);
    TimelineEvent coordinated =
        followUp.coordinate(
            caseId,
            new CoordinationRequest()
                .unit(RelatedUnit.COMPLAINT_HANDLING)
                .note("Koreksi tagihan diajukan")
                .policyDecision(false));
    assertThat(coordinated.getType()).isEqualTo(EventType.UNIT_COORDINATED);
    followUp.checkProgress(caseId, new NoteRequest().note("Billing sedang memproses"));

    // a call back must come from a recorded desk (R-IN-8): the generated client sees the problem
    ApiException unrecorded =
        catchThrowableOfType(
            ApiException.class,
            () -> followUp.callBack(caseId, callBack("WS-C1-01", false, "Update"), null));
    assertThat(unrecorded.getCode()).isEqualTo(422);
    assertThat(unrecorded.getResponseBody()).contains("R-IN-8");

    followUp.callBack(caseId, callBack("DESK-C1", false, "Koreksi sedang diproses"), null);
    followUp.callBack(caseId, callBack("DESK-C1", true, "Tagihan sudah dikoreksi"), null);
    ModelCase closed =
        followUp.close(caseId, new CloseRequest().resolution("Tagihan dobel dikoreksi"));
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getClosedAt()).isNotNull();
    assertThat(closed.getAllowedActions()).isEmpty();

    ModelCase read = new CasesApi(tl).getCase(caseId);
    assertThat(read.getHandlingTl()).isEqualTo("tl1");
    assertThat(read.getResolution()).isEqualTo("Tagihan dobel dikoreksi");
    assertThat(read.getTimeline())
        .extracting(TimelineEvent::getType)
        .containsExactly(
            EventType.CASE_CREATED,
            EventType.CASE_ASSESSED,
            EventType.HAND_RAISED,
            EventType.TL_LISTENING,
            EventType.TL_ARRIVED,
            EventType.HANDLING_TL_NAMED,
            EventType.UNIT_COORDINATED,
            EventType.PROGRESS_CHECKED,
            EventType.CALL_BACK_MADE,
            EventType.CALL_BACK_MADE,
            EventType.CASE_CLOSED);
    assertThat(new CasesApi(agent).listCases(0, 50, CaseStatus.CLOSED, null))
        .anySatisfy(summary -> assertThat(summary.getId()).isEqualTo(caseId));
  }

  private static CallBackRequest callBack(String desk, boolean last, String note) {
    return new CallBackRequest().deskId(desk).outcome(CallOutcome.REACHED).note(note)._final(last);
  }

  private String signIn(String username) throws ApiException {
    return new SignInApi(client(null))
        .login(new LoginRequest().username(username).password(username))
        .getAccessToken();
  }

  /** A client of the app signed in with the token (none when null) that refuses unknown fields. */
  private ApiClient client(String token) {
    ObjectMapper strict =
        ApiClient.createDefaultObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);
    ApiClient client =
        new ApiClient(
            java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1),
            strict,
            ContractProxy.url());
    client.setResponseInterceptor(
        answer ->
            ContractProxy.check(
                answer.request().method(),
                answer.uri().toString(),
                answer.statusCode(),
                answer.headers().firstValue(ContractProxy.VIOLATIONS).orElse(null)));
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }
}
