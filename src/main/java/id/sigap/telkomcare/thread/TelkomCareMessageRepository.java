package id.sigap.telkomcare.thread;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The owner of {@code telkomcare_message}: the posts and e-mails of TelkomCare threads, kept once
 * per external id. Methods run in the caller's session (and transaction).
 */
@ApplicationScoped
public class TelkomCareMessageRepository {

  /**
   * R-C-8: the messages of the other open threads of everyone merged into the same customer as the
   * case's, on any channel and platform; it reads the case and customer tables it joins, and writes
   * nothing there.
   */
  private static final String OF_THE_CUSTOMERS_OTHER_OPEN_THREADS =
      """
      select m.* from telkomcare_message m
        join hard_complaint_case k on k.id = m.case_id
        join customer c on c.id = k.customer_id
      where c.root_id = (select o.root_id from customer o where o.id = :customer)
        and k.id <> :case and k.status <> 'CLOSED'
      order by m.posted_at, m.seq""";

  public Uni<TelkomCareMessageEntity> find(String externalId) {
    return TelkomCareMessageEntity.findById(externalId);
  }

  public Uni<Void> persist(TelkomCareMessageEntity message) {
    return message.persist().replaceWithVoid();
  }

  public Uni<Void> flush() {
    return Panache.flush();
  }

  /** The thread's messages, as posted; arrival order among those posted at one instant. */
  public Uni<List<TelkomCareMessageEntity>> ofCase(UUID caseId) {
    return TelkomCareMessageEntity.list("caseId = ?1 order by postedAt, seq", caseId);
  }

  /** The messages of the customer's other open threads (C-TC-2 across platforms), as posted. */
  public Uni<List<TelkomCareMessageEntity>> ofOtherOpenThreads(UUID caseId, UUID customerId) {
    if (customerId == null) {
      return Uni.createFrom().item(List.of());
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        OF_THE_CUSTOMERS_OTHER_OPEN_THREADS, TelkomCareMessageEntity.class)
                    .setParameter("customer", customerId)
                    .setParameter("case", caseId)
                    .getResultList());
  }
}
