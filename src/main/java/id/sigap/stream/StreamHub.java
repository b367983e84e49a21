package id.sigap.stream;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open streams of this replica. */
@ApplicationScoped
class StreamHub {

  private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();

  void join(Subscriber subscriber) {
    subscribers.put(subscriber.connection().id(), subscriber);
  }

  void leave(String connectionId) {
    subscribers.remove(connectionId);
  }

  void publish(List<StreamEvent> events) {
    if (!events.isEmpty()) {
      subscribers.values().forEach(s -> s.offer(events));
    }
  }

  int size() {
    return subscribers.size();
  }
}
