package id.sigap.platform;

import id.sigap.cases.CaseView;
import id.sigap.cases.EscalationView;
import id.sigap.cases.TimelineEventView;
import id.sigap.platform.problem.Problem;
import id.sigap.policy.Policy;
import id.sigap.stream.StreamTickets;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The bodies Jackson writes that the native image cannot find by itself: they leave a resource or
 * an exception mapper inside a {@code Response}, not as a declared return type, so nothing at build
 * time says they are serialised. Records returned directly by a resource method need no entry here.
 */
@RegisterForReflection(
    targets = {
      Problem.class,
      Problem.FieldError.class,
      CaseView.class,
      CaseView.Customer.class,
      TimelineEventView.class,
      EscalationView.class,
      Policy.class,
      StreamTickets.Ticket.class
    })
final class NativeReflection {

  private NativeReflection() {}
}
