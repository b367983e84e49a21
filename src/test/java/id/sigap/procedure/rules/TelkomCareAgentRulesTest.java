package id.sigap.procedure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Channel;
import id.sigap.procedure.Decision;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.ReplySent;
import id.sigap.procedure.event.CaseEvent.ThreadAssigned;
import id.sigap.procedure.rules.TelkomCareAgentRules.Candidate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link TelkomCareAgentRules}, R-C-9: a thread fed by an integrator goes to the least-loaded
 * TelkomCare agent checked in (round-robin among equals), else to the least-loaded of the cluster;
 * its agent, a TL of the cluster, an SPV or the PIC Ticket it was handed to answers the customer.
 */
class TelkomCareAgentRulesTest {

  static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
  static final Actor LISTENING_TOOL = new Actor("svc-listening", Role.SUPERVISOR, null);
  static final Actor AGENT = new Actor("agent4", Role.AGENT, "C1");

  record Thread(Channel channel, CaseStatus status, String createdBy, String picTicket)
      implements CaseSnapshots.ThreadCase {

    static Thread of(String agent) {
      return new Thread(Channel.TELKOMCARE_SOCIAL, CaseStatus.OPEN, agent, null);
    }

    Thread with(CaseStatus s) {
      return new Thread(channel, s, createdBy, picTicket);
    }

    Thread handedTo(String pic) {
      return new Thread(channel, status, createdBy, pic);
    }

    @Override
    public boolean hardComplaint() {
      return true;
    }

    @Override
    public Optional<EscalationState> escalation() {
      return Optional.empty();
    }
  }

  static Candidate in(String who, int open, Instant last) {
    return new Candidate(who, true, open, last);
  }

  static Candidate away(String who, int open, Instant last) {
    return new Candidate(who, false, open, last);
  }

  static String chosen(Candidate... candidates) {
    return TelkomCareAgentRules.next(List.of(candidates)).map(Candidate::username).orElse(null);
  }

  @Test
  void theLeastLoadedAgentCheckedInIsChosenAndTheOneWaitingLongestBreaksATie_R_C_9() {
    Instant earlier = NOW.minus(Duration.ofHours(2));
    Instant later = NOW.minus(Duration.ofMinutes(5));
    assertThat(chosen(in("ayu", 3, later), in("bima", 1, later), in("citra", 2, earlier)))
        .isEqualTo("bima");
    // equal loads: the one given a thread longest ago, then one never given any
    assertThat(chosen(in("ayu", 1, later), in("bima", 1, earlier))).isEqualTo("bima");
    assertThat(chosen(in("ayu", 1, earlier), in("bima", 1, null))).isEqualTo("bima");
    // an idle agent who is away does not take it from a busy one at their desk
    assertThat(chosen(away("ayu", 0, null), in("bima", 5, later))).isEqualTo("bima");
    assertThat(chosen()).isNull();
  }

  @Test
  void roundRobinAmongEqualsSpreadsThreadsOneEach_R_C_9() {
    List<Candidate> floor = List.of(in("ayu", 0, null), in("bima", 0, null), in("citra", 0, null));
    List<String> order = new java.util.ArrayList<>();
    List<Candidate> now = floor;
    for (int i = 0; i < 6; i++) {
      Candidate next = TelkomCareAgentRules.next(now).orElseThrow();
      order.add(next.username());
      Instant at = NOW.plusSeconds(i);
      now =
          now.stream()
              .map(
                  c ->
                      c.username().equals(next.username())
                          ? new Candidate(c.username(), true, c.openThreads() + 1, at)
                          : c)
              .toList();
    }
    assertThat(order).containsExactly("ayu", "bima", "citra", "ayu", "bima", "citra");
  }

  @Test
  void aThreadFromAnIntegratorIsAssignedAndSaysWhy_R_C_9() {
    Decision decision =
        TelkomCareAgentRules.assign(
                Thread.of("svc-listening"),
                LISTENING_TOOL,
                List.of(in("agent4", 0, null), away("agent5", 0, null)),
                NOW)
            .orElseThrow();
    ThreadAssigned assigned = (ThreadAssigned) ((Decision.Accepted) decision).event();
    assertThat(assigned.agent()).isEqualTo("agent4");
    assertThat(assigned.reason()).isEqualTo("CHECKED_IN");
    assertThat(assigned.actor()).isEqualTo("svc-listening");
    assertThat(assigned.alertFor()).containsExactly("agent4");

    ThreadAssigned nobodyIn =
        (ThreadAssigned)
            ((Decision.Accepted)
                    TelkomCareAgentRules.assign(
                            Thread.of("svc-listening"),
                            LISTENING_TOOL,
                            List.of(away("agent4", 2, null), away("agent5", 1, null)),
                            NOW)
                        .orElseThrow())
                .event();
    assertThat(nobodyIn.agent()).isEqualTo("agent5");
    assertThat(nobodyIn.reason()).isEqualTo("NOBODY_CHECKED_IN");
  }

  @Test
  void aThreadAnAgentFeedsStaysTheirsAndAClusterWithoutTelkomCareAgentsAssignsNone_R_C_9() {
    assertThat(
            TelkomCareAgentRules.assign(
                Thread.of("agent1"),
                new Actor("agent1", Role.AGENT, "C1"),
                List.of(in("agent4", 0, null)),
                NOW))
        .isEmpty();
    assertThat(
            TelkomCareAgentRules.assign(Thread.of("svc-listening"), LISTENING_TOOL, List.of(), NOW))
        .isEmpty();
    Thread voice = new Thread(Channel.INBOUND_VOICE, CaseStatus.OPEN, "svc", null);
    assertThat(
            TelkomCareAgentRules.assign(voice, LISTENING_TOOL, List.of(in("agent4", 0, null)), NOW))
        .isEmpty();
  }

  @Test
  void theThreadsAgentATlOfItsClusterAnSpvOrItsPicTicketReplies_R_C_9() {
    Thread thread = Thread.of("agent4");
    for (Actor who :
        List.of(
            AGENT,
            new Actor("tl1", Role.TEAM_LEADER, "C1"),
            new Actor("spv1", Role.SUPERVISOR, null))) {
      Decision decision = TelkomCareAgentRules.reply(thread, who, "  Mohon maaf, Kak.  ", NOW);
      assertThat(decision).as(who.username()).isInstanceOf(Decision.Accepted.class);
      ReplySent sent = (ReplySent) ((Decision.Accepted) decision).event();
      assertThat(sent.text()).isEqualTo("Mohon maaf, Kak.");
      assertThat(sent.actor()).isEqualTo(who.username());
    }
    Actor pic = new Actor("pic1", Role.PIC_TICKET, null);
    assertThat(TelkomCareAgentRules.reply(thread.handedTo("pic1"), pic, "Sudah kami proses", NOW))
        .isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void aReplyByAnotherOrOnAVoiceCaseOrAClosedThreadOrEmptyIsRefused_R_C_9() {
    Thread thread = Thread.of("agent4");
    assertRefused(
        TelkomCareAgentRules.reply(thread, new Actor("agent1", Role.AGENT, "C1"), "Hai", NOW),
        "CONFLICT");
    assertRefused(
        TelkomCareAgentRules.reply(thread, new Actor("tl2", Role.TEAM_LEADER, "C2"), "Hai", NOW),
        "CONFLICT");
    assertRefused(
        TelkomCareAgentRules.reply(thread, new Actor("pic1", Role.PIC_TICKET, null), "Hai", NOW),
        "CONFLICT");
    assertRefused(
        TelkomCareAgentRules.reply(
            new Thread(Channel.INBOUND_VOICE, CaseStatus.OPEN, "agent4", null), AGENT, "Hai", NOW),
        "UNPROCESSABLE");
    assertRefused(TelkomCareAgentRules.reply(thread, AGENT, "   ", NOW), "UNPROCESSABLE");
    assertRefused(
        TelkomCareAgentRules.reply(
            thread, AGENT, "x".repeat(TelkomCareAgentRules.MAX_REPLY + 1), NOW),
        "UNPROCESSABLE");
    Decision closed = TelkomCareAgentRules.reply(thread.with(CaseStatus.CLOSED), AGENT, "Hai", NOW);
    assertThat(closed).isInstanceOf(Decision.Refused.class);
  }

  static void assertRefused(Decision decision, String kind) {
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    Rejection rejection = ((Decision.Refused) decision).rejection();
    assertThat(rejection.rule()).isEqualTo("R-C-9");
    assertThat(rejection.kind().name()).isEqualTo(kind);
  }
}
