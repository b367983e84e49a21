package id.sigap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.Channel;
import id.sigap.procedure.Role;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order in which one replica's streams are offered new events. */
class StreamHubTest {

  private final List<String> sentTo = new ArrayList<>();
  private final List<String> closed = new ArrayList<>();
  private final StreamHub hub = new StreamHub(new SimpleMeterRegistry(), null);

  @Test
  void aRaisedHandGoesFirstToTheTlItIsAddressedToThenToTheWatchers_R_IN_2() {
    for (int i = 0; i < 50; i++) {
      join("spv1-" + i, new Actor("spv1", Role.SUPERVISOR, null));
    }
    join("tl1", new Actor("tl1", Role.TEAM_LEADER, "C1"));
    join("tl2", new Actor("tl2", Role.TEAM_LEADER, "C2"));

    hub.publish(List.of(handRaisedTo("tl1", 7)));

    assertThat(sentTo).hasSize(51).first().isEqualTo("tl1");
    assertThat(sentTo).doesNotContain("tl2");
  }

  @Test
  void theCasesAgentIsServedBeforeTheWatchers_R_IN_3() {
    for (int i = 0; i < 50; i++) {
      join("qc1-" + i, new Actor("qc1", Role.QC, null));
    }
    join("agent1", new Actor("agent1", Role.AGENT, null));

    hub.publish(List.of(event(8, "TL_LISTENING", null)));

    assertThat(sentTo).hasSize(51).first().isEqualTo("agent1");
  }

  @Test
  void aSignedOutSessionsStreamClosesAndOneOpenedDuringTheCheckStaysOpen() {
    Actor spv = new Actor("spv1", Role.SUPERVISOR, null);
    UUID active = UUID.randomUUID();
    UUID signedOut = UUID.randomUUID();
    join("active", spv, active);
    join("signed-out", spv, signedOut);

    hub.closeEndedSessions(
            asked -> {
              assertThat(asked).containsExactlyInAnyOrder(active, signedOut);
              // a stream opens while the database is being asked
              join("opened-meanwhile", spv, UUID.randomUUID());
              return Uni.createFrom().item(Set.of(active));
            })
        .await()
        .indefinitely();

    assertThat(closed).containsExactly("signed-out");
  }

  private static StreamEvent handRaisedTo(String tl, long id) {
    return event(id, "HAND_RAISED", tl);
  }

  private static StreamEvent event(long id, String type, String addressedTo) {
    return new StreamEvent(
        id,
        "{\"id\":" + id + ",\"type\":\"" + type + "\"}",
        "C1",
        "agent1",
        Channel.INBOUND_VOICE,
        addressedTo);
  }

  private void join(String connectionId, Actor actor) {
    join(connectionId, actor, null);
  }

  private void join(String connectionId, Actor actor, UUID session) {
    Subscriber subscriber = new Subscriber(connection(connectionId), actor, session, 0, 1000);
    subscriber.goLive(0);
    hub.join(subscriber);
  }

  /** A connection that records where a message went and accepts it at once. */
  private WebSocketConnection connection(String connectionId) {
    return (WebSocketConnection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {WebSocketConnection.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "id" -> connectionId;
                  case "sendText" -> {
                    sentTo.add(connectionId);
                    yield Uni.createFrom().voidItem();
                  }
                  case "close" -> {
                    closed.add(connectionId);
                    yield Uni.createFrom().voidItem();
                  }
                  case "hashCode" -> connectionId.hashCode();
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
