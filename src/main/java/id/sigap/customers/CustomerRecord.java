package id.sigap.customers;

import id.sigap.cases.CaseSummary;
import id.sigap.cases.CustomerView;
import id.sigap.procedure.PhoneNumbers;
import id.sigap.procedure.Role;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R-C-8: one customer's record: how they are known, their cases as the viewer may see them, their
 * open hard complaint whoever took it in, and what was done to the record.
 */
@RegisterForReflection(
    targets = {
      CustomerRecord.class,
      CustomerRecord.Identifier.class,
      CustomerRecord.MergeView.class,
      CustomerRecord.Event.class,
      CustomerRecord.Match.class
    })
@Schema(name = "Customer", description = "A customer with their identifiers and cases (R-C-8)")
public record CustomerRecord(
    @Schema(description = "The customer record's id") String id,
    @Schema(nullable = true, description = "The name on the customer's latest case") String name,
    @Schema(
            nullable = true,
            description =
                "The number looked up (or the customer's first), with its country code, whole or"
                    + " masked as the viewer may see numbers")
        String phone,
    @Schema(description = "How many cases the customer has, whoever may see them") int caseCount,
    @Schema(description = "The customer's cases the viewer may open, newest first")
        List<CaseSummary> cases,
    @Schema(
            nullable = true,
            description = "The customer's hard complaint that is not closed, if any")
        CustomerView.OpenHardComplaint openHardComplaint,
    @Schema(
            description =
                "Phone numbers (masked as the viewer may see them), service numbers, e-mail"
                    + " addresses and TelkomCare handles, also of customers merged into this one")
        List<Identifier> identifiers,
    @Schema(
            nullable = true,
            description = "The merge in force that took this customer into another")
        MergeView mergedInto,
    @Schema(description = "The merges in force into this customer, oldest first")
        List<MergeView> mergedIn,
    @Schema(description = "What was done to the record (merges and their undoing), oldest first")
        List<Event> timeline,
    @Schema(description = "Searching by name: the other customers the name matched, newest first")
        List<Match> otherMatches) {

  @Schema(name = "CustomerIdentifier")
  public record Identifier(
      @Schema(enumeration = {"PHONE", "SERVICE_NUMBER", "EMAIL", "HANDLE"}) String kind,
      @Schema(nullable = true, description = "The platform of a handle") String platform,
      String value,
      @Schema(description = "The customer record the identifier belongs to") String customerId) {

    static Identifier of(Role viewer, CustomerRepository.Identifier i) {
      String value =
          "PHONE".equals(i.kind()) ? PhoneNumbers.forViewer(viewer, "+" + i.value()) : i.value();
      return new Identifier(
          i.kind(), i.platform().isEmpty() ? null : i.platform(), value, i.customerId().toString());
    }
  }

  @Schema(name = "CustomerMerge", description = "R-C-8: one customer merged into another")
  public record MergeView(
      String id,
      @Schema(description = "The customer merged away") String merged,
      @Schema(description = "The customer it went into") String into,
      String reason,
      String mergedBy,
      Instant mergedAt,
      @Schema(nullable = true) String undoneBy,
      @Schema(nullable = true) Instant undoneAt,
      @Schema(nullable = true) String undoReason) {

    static MergeView of(CustomerRepository.Merge m) {
      return new MergeView(
          m.id().toString(),
          m.mergedCustomer().toString(),
          m.intoCustomer().toString(),
          m.reason(),
          m.mergedBy(),
          m.mergedAt(),
          m.undoneBy(),
          m.undoneAt(),
          m.undoReason());
    }
  }

  @Schema(name = "CustomerEvent")
  public record Event(
      long id,
      @Schema(enumeration = {"MERGED_INTO", "MERGED_IN", "MERGE_UNDONE"}) String type,
      Instant at,
      String actor,
      @Schema(nullable = true) String mergeId,
      @Schema(nullable = true, description = "The other customer of the merge")
          String otherCustomer,
      @Schema(nullable = true) String reason) {

    static Event of(CustomerRepository.Event e) {
      return new Event(
          e.id(),
          e.type(),
          e.at(),
          e.actor(),
          e.mergeId() == null ? null : e.mergeId().toString(),
          e.otherCustomer() == null ? null : e.otherCustomer().toString(),
          e.reason());
    }
  }

  @Schema(name = "CustomerMatch")
  public record Match(String id, @Schema(nullable = true) String name) {}
}
