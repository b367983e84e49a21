package id.sigap.platform;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * As shutdown begins, this replica starts no new scheduled work (firing due duties, polling the
 * timeline): what runs finishes within {@code quarkus.shutdown.timeout}, and the other replicas
 * fire whatever falls due meanwhile, since every duty is a row any replica can claim.
 */
@ApplicationScoped
class SchedulerDrain {

  private static final Logger LOG = Logger.getLogger(SchedulerDrain.class);

  void pause(@Observes ShutdownDelayInitiatedEvent event, Scheduler scheduler) {
    LOG.info("Shutting down: no new scheduled work on this replica");
    scheduler.pause();
  }
}
