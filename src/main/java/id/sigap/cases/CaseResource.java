package id.sigap.cases;

import id.sigap.procedure.CallReference;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Channel;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import id.sigap.security.OnBehalfOf;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cases")
@Tag(name = "Cases")
public class CaseResource {

  private final CaseIntake intake;
  private final CaseService cases;
  private final CurrentActor actor;

  CaseResource(CaseIntake intake, CaseService cases, CurrentActor actor) {
    this.intake = intake;
    this.cases = cases;
    this.actor = actor;
  }

  public record CustomerRequest(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{5,30}", message = "must be a phone number")
          String phone) {}

  public record CreateCaseRequest(
      @NotNull @Schema(examples = "INBOUND_VOICE") Channel channel,
      @NotNull @Valid CustomerRequest customer,
      @NotBlank @Size(max = 2000) @Schema(examples = "Internet mati tiga hari, pelanggan marah")
          String summary,
      @Size(max = 128)
          @Schema(nullable = true, description = "R-I-1: the telephony's id of this call")
          String callId,
      @Size(max = 128)
          @Schema(nullable = true, description = "R-I-1: the telephony's id of its recording")
          String recordingId,
      @Size(max = 64)
          @Schema(
              nullable = true,
              description = "R-I-1: the complaint application's ticket number, if it has one",
              examples = "TC-2026-000123")
          String ticketNumber,
      @Size(max = 40)
          @Schema(
              nullable = true,
              description =
                  "R-C-8: the customer's IndiHome or internet service number, 9 to 14 digits (the"
                      + " first not 0), spaces, dashes or dots allowed",
              examples = "1221-0123-4567")
          String serviceNumber) {}

  public record TicketNumberRequest(
      @NotBlank
          @Size(max = 64)
          @Schema(
              description = "R-I-1: the complaint application's ticket number",
              examples = "TC-2026-000123")
          String ticketNumber) {}

  public record AssessmentRequest(
      @NotNull @Size(max = 5) @Schema(examples = "[\"C-IN-1\", \"C-IN-3\"]")
          List<@NotNull InboundCriterion> criteria,
      @Size(max = 1000)
          @Schema(nullable = true, description = "An 'other' criterion, with its reason")
          String otherReason) {}

  public record HandlingTlRequest(@NotBlank @Size(max = 64) @Schema(examples = "tl1") String tl) {}

  @POST
  @RolesAllowed({Roles.AGENT, Roles.CTI})
  @Operation(
      operationId = "createCase",
      summary = "Take a complaint in (agent); Idempotency-Key makes a retry safe",
      description =
          "Answers 201 with the new case, or 200 with the first case when retried with the same Idempotency-Key. A CTI account creates it on behalf of the agent on the call (R-I-1), who owns it. Who may call it: AGENT, CTI.")
  @Parameter(
      name = OnBehalfOf.HEADER,
      in = ParameterIn.HEADER,
      description = OnBehalfOf.DESCRIPTION,
      schema = @Schema(type = SchemaType.STRING, maxLength = 64))
  @APIResponse(
      responseCode = "201",
      description = "The case",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Refused by R-I-1 (not a ticket number, or someone a CTI account may not act for) or"
              + " R-C-8 (not a service number); nothing changed")
  @APIResponse(
      responseCode = "200",
      description = "A retry with the same Idempotency-Key: the first case",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CaseView.class)))
  public Uni<Response> create(
      @Valid @NotNull CreateCaseRequest request,
      @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey) {
    var newCase =
        new CaseService.NewCase(
            request.channel(),
            request.customer().name(),
            request.customer().phone(),
            request.summary(),
            CallReference.of(request.callId(), request.recordingId()),
            request.ticketNumber(),
            request.serviceNumber());
    return intake
        .create(actor.get(), newCase, idempotencyKey)
        .map(
            created ->
                Response.status(created.created() ? 201 : 200)
                    .location(URI.create("/api/v1/cases/" + created.view().id()))
                    .entity(created.view())
                    .build());
  }

  @GET
  @RolesAllowed({
    Roles.AGENT,
    Roles.TEAM_LEADER,
    Roles.SUPERVISOR,
    Roles.MANAGER,
    Roles.QC,
    Roles.PIC_TICKET
  })
  @Operation(
      operationId = "listCases",
      summary = "The cases the signed-in user may see, newest first",
      description =
          "Filter by status or by the complaint application's ticket number (R-I-1); page from 0, size up to 200. Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET.")
  @WithSession
  public Uni<List<CaseSummary>> list(
      @QueryParam("status") CaseStatus status,
      @QueryParam("ticket") @Size(max = 64) @Parameter(example = "TC-2026-000123") String ticket,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    return cases.list(actor.get(), status, ticket, page, size);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.AGENT,
    Roles.TEAM_LEADER,
    Roles.SUPERVISOR,
    Roles.MANAGER,
    Roles.QC,
    Roles.PIC_TICKET
  })
  @Operation(
      operationId = "getCase",
      summary = "A case with its timeline",
      description =
          "The timeline holds every action, oldest first, with its actor; allowedActions names what the caller may do next. Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET. A case the caller may not see answers 404, as an unknown one does.")
  @WithSession
  public Uni<CaseView> get(@PathParam("id") @Parameter(description = "case id") String id) {
    return intake.find(actor.get(), id).chain(c -> cases.view(actor.get(), c));
  }

  @PUT
  @Path("/{id}/assessment")
  @RolesAllowed(Roles.AGENT)
  @Operation(
      operationId = "assessCase",
      summary = "The agent's hard-complaint checklist (R-IN-1)",
      description =
          "Who may call it: AGENT. A case the caller may not see answers 404, as an unknown one does.")
  @WithSession
  public Uni<CaseView> assess(
      @PathParam("id") String id, @Valid @NotNull AssessmentRequest request) {
    Set<InboundCriterion> criteria = EnumSet.noneOf(InboundCriterion.class);
    criteria.addAll(request.criteria());
    return intake
        .assess(actor.get(), id, criteria, request.otherReason())
        .chain(acted -> cases.view(actor.get(), acted.caseEntity()));
  }

  @PUT
  @Path("/{id}/ticket-number")
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.PIC_TICKET, Roles.CTI})
  @Operation(
      operationId = "recordTicketNumber",
      summary =
          "The complaint application's ticket number of an open case, or its correction (R-I-1)",
      description =
          "The number it already has answers 409. A CTI account records it on behalf of the person named in Sigap-On-Behalf-Of. Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, PIC_TICKET, CTI. A case the caller may not see answers 404, as an unknown one does.")
  @Parameter(
      name = OnBehalfOf.HEADER,
      in = ParameterIn.HEADER,
      description = OnBehalfOf.DESCRIPTION,
      schema = @Schema(type = SchemaType.STRING, maxLength = 64))
  @WithSession
  public Uni<CaseView> recordTicketNumber(
      @PathParam("id") String id, @Valid @NotNull TicketNumberRequest request) {
    return intake
        .recordTicketNumber(actor.get(), id, request.ticketNumber())
        .chain(acted -> cases.view(actor.get(), acted.caseEntity()));
  }

  @PUT
  @Path("/{id}/handling-tl")
  @RolesAllowed(Roles.AGENT)
  @Operation(
      operationId = "nameHandlingTl",
      summary = "Name the TL who handles the case, before any follow-up (R-IN-10)",
      description =
          "Who may call it: AGENT. A case the caller may not see answers 404, as an unknown one does.")
  @WithSession
  public Uni<CaseView> nameHandlingTl(
      @PathParam("id") String id, @Valid @NotNull HandlingTlRequest request) {
    return intake
        .nameHandlingTl(actor.get(), id, request.tl())
        .chain(acted -> cases.view(actor.get(), acted.caseEntity()));
  }
}
