package id.sigap.customers;

import id.sigap.cases.CaseService;
import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Actor;
import id.sigap.procedure.PhoneNumbers;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.ServiceNumbers;
import id.sigap.procedure.rules.CustomerRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** R-C-8: finding a customer's record by any of their identifiers, merging two and undoing it. */
@ApplicationScoped
public class Customers {

  static final int MAX_CASES = 200;
  static final int MAX_NAME_MATCHES = 20;

  private final CustomerRepository customers;
  private final CaseService cases;
  private final Clock clock;

  Customers(CustomerRepository customers, CaseService cases, Clock clock) {
    this.customers = customers;
    this.cases = cases;
    this.clock = clock;
  }

  /** How an agent looks a customer up: exactly one of these. */
  public record Search(String phone, String serviceNumber, String name) {}

  /** The customer record the search names (where it was merged to, if it was); 404 if none. */
  public Uni<CustomerRecord> find(Actor viewer, Search search) {
    int given =
        (search.phone() == null ? 0 : 1)
            + (search.serviceNumber() == null ? 0 : 1)
            + (search.name() == null ? 0 : 1);
    if (given != 1) {
      return refuse("Say whom", "Look a customer up by one of phone, serviceNumber or name");
    }
    if (search.phone() != null) {
      String digits = PhoneNumbers.canonical(search.phone());
      if (digits == null) {
        return refuse(
            "Not a phone number",
            "Give an Indonesian number: +62, 62 or 0 and then 8 to 13 digits");
      }
      return byIdentifier(viewer, "PHONE", digits, "+" + digits);
    }
    if (search.serviceNumber() != null) {
      String digits = ServiceNumbers.canonical(search.serviceNumber());
      if (digits == null) {
        return refuse(
            "Not a service number",
            "A service number (IndiHome, internet) is 9 to 14 digits, the first not 0");
      }
      return byIdentifier(viewer, "SERVICE_NUMBER", digits, null);
    }
    String term = search.name().strip();
    if (term.indexOf('\u0000') >= 0) {
      // PostgreSQL text holds no NUL: refused here rather than failing in the database
      return refuse("Not a name", "A name has no NUL character");
    }
    if (term.length() < 2) {
      return refuse("Name too short", "Give at least two letters of the customer's name");
    }
    return customers
        .byName(term, MAX_NAME_MATCHES)
        .chain(
            found -> {
              if (found.isEmpty()) {
                return Uni.createFrom().failure(new NotFoundProblem("Customer named", term));
              }
              return customers
                  .find(found.get(0))
                  .chain(first -> record(viewer, first, null, found.subList(1, found.size())));
            });
  }

  /** The customer record of the id, also when it was merged into another; 404 when unknown. */
  public Uni<CustomerRecord> get(Actor viewer, String id) {
    return customers
        .find(parse(id))
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Customer", id))
        .chain(customer -> record(viewer, customer, null, List.of()));
  }

  /** R-C-8: merges {@code mergedId} into {@code intoId}, refusing as {@link CustomerRules} says. */
  public Uni<CustomerRecord.MergeView> merge(
      Actor actor, String mergedId, String intoId, String reason) {
    UUID merged = parse(mergedId);
    UUID into = parse(intoId);
    return customers
        .merge(
            merged,
            into,
            reason.strip(),
            actor.username(),
            clock.instant(),
            candidates -> {
              if (candidates.merged() == null) {
                return Uni.createFrom().failure(new NotFoundProblem("Customer", mergedId));
              }
              if (candidates.into() == null) {
                return Uni.createFrom().failure(new NotFoundProblem("Customer", intoId));
              }
              return refusedBy(CustomerRules.merge(candidates.merged(), candidates.into()));
            })
        .map(CustomerRecord.MergeView::of);
  }

  /** R-C-8: undoes a merge in force; 404 when no merge has the id. */
  public Uni<CustomerRecord.MergeView> undo(Actor actor, String mergeId, String reason) {
    return customers
        .undo(
            parse(mergeId, "Customer merge"),
            reason.strip(),
            actor.username(),
            clock.instant(),
            state -> refusedBy(CustomerRules.undoMerge(state)))
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Customer merge", mergeId))
        .map(CustomerRecord.MergeView::of);
  }

  private Uni<CustomerRecord> byIdentifier(
      Actor viewer, String kind, String value, String shownPhone) {
    return customers
        .byIdentifier(kind, "", value)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Customer", value))
        .chain(customers::find)
        // the record the customer now is part of
        .chain(
            found ->
                found.rootId().equals(found.id())
                    ? Uni.createFrom().item(found)
                    : customers.find(found.rootId()))
        .chain(customer -> record(viewer, customer, shownPhone, List.of()));
  }

  private Uni<CustomerRecord> record(
      Actor viewer, CustomerRepository.Customer customer, String shownPhone, List<UUID> others) {
    return customers
        .family(customer.id())
        .chain(
            family ->
                // independent reads of the pool, then the cases in the request's session
                Uni.combine()
                    .all()
                    .unis(
                        customers.identifiers(family),
                        customers.mergesInForce(customer.id()),
                        customers.timeline(customer.id()),
                        matches(others))
                    .asTuple()
                    .chain(
                        parts ->
                            cases
                                .customerCases(viewer, family, MAX_CASES)
                                .map(
                                    view ->
                                        assemble(
                                            viewer,
                                            customer,
                                            shownPhone,
                                            parts.getItem1(),
                                            parts.getItem2(),
                                            parts.getItem3(),
                                            parts.getItem4(),
                                            view))));
  }

  private Uni<List<CustomerRecord.Match>> matches(List<UUID> others) {
    Uni<List<CustomerRecord.Match>> all = Uni.createFrom().item(List.of());
    for (UUID other : others) {
      all =
          all.chain(
              so ->
                  customers
                      .find(other)
                      .map(
                          c -> {
                            var more = new java.util.ArrayList<>(so);
                            more.add(new CustomerRecord.Match(c.id().toString(), c.name()));
                            return List.copyOf(more);
                          }));
    }
    return all;
  }

  private static CustomerRecord assemble(
      Actor viewer,
      CustomerRepository.Customer customer,
      String shownPhone,
      List<CustomerRepository.Identifier> identifiers,
      List<CustomerRepository.Merge> merges,
      List<CustomerRepository.Event> events,
      List<CustomerRecord.Match> matched,
      id.sigap.cases.CustomerView view) {
    String phone =
        shownPhone != null
            ? shownPhone
            : identifiers.stream()
                .filter(i -> i.kind().equals("PHONE"))
                .map(i -> "+" + i.value())
                .findFirst()
                .orElse(null);
    return new CustomerRecord(
        customer.id().toString(),
        view.latestName() != null ? view.latestName() : customer.name(),
        PhoneNumbers.forViewer(viewer.role(), phone),
        view.caseCount(),
        view.cases(),
        view.openHardComplaint(),
        identifiers.stream().map(i -> CustomerRecord.Identifier.of(viewer.role(), i)).toList(),
        merges.stream()
            .filter(m -> m.mergedCustomer().equals(customer.id()))
            .findFirst()
            .map(CustomerRecord.MergeView::of)
            .orElse(null),
        merges.stream()
            .filter(m -> m.intoCustomer().equals(customer.id()))
            .map(CustomerRecord.MergeView::of)
            .toList(),
        events.stream().map(CustomerRecord.Event::of).toList(),
        matched);
  }

  private static Uni<Void> refusedBy(Optional<Rejection> refused) {
    return refused.isPresent()
        ? Uni.createFrom().failure(new RejectedException(refused.get()))
        : Uni.createFrom().voidItem();
  }

  private static <T> Uni<T> refuse(String title, String detail) {
    return Uni.createFrom()
        .failure(new RejectedException(Rejection.invalid("R-C-8", title, detail)));
  }

  private static UUID parse(String id) {
    return parse(id, "Customer");
  }

  private static UUID parse(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundProblem(what, id);
    }
  }
}
