package id.sigap.telkomcare.thread;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What receiving a message did; a retry of the same external id gets the same answer. */
@Schema(name = "TelkomCareMessageReceipt")
public record MessageResult(
    String externalId,
    @Schema(description = "The author's open TelkomCare case the message joined") String caseId,
    @Schema(description = "The message opened a new case") boolean caseOpened,
    @Schema(description = "R-TC-1 verdict of the thread after this message") boolean hardComplaint,
    int criteriaMet,
    @Schema(description = "This message made the thread hard and a hand was raised (R-TC-2)")
        boolean handRaised,
    @Schema(nullable = true, description = "The raised hand, once the thread has one")
        String escalationId) {}
