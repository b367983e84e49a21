package id.sigap.telkomcare.watchlist;

import id.sigap.platform.problem.Problem;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import id.sigap.telkomcare.detection.WatchlistCategory;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/watchlist")
@Tag(name = "TelkomCare watchlist")
public class WatchlistResource {

  private final WatchlistService watchlist;
  private final CurrentActor actor;

  WatchlistResource(WatchlistService watchlist, CurrentActor actor) {
    this.watchlist = watchlist;
    this.actor = actor;
  }

  @ValidWatchlistEntry
  public record NewWatchlistEntry(
      @Schema(
              nullable = true,
              description = "Required for HANDLE and NAME, empty for IGNORED_HANDLE",
              examples = "GOVERNMENT_BODY")
          WatchlistCategory category,
      @NotNull @Schema(examples = "HANDLE") WatchlistKind kind,
      @NotBlank
          @Size(max = 100)
          @Schema(description = "A handle (the '@' is optional) or a name", examples = "@BRTI_ID")
          String value) {}

  public record WatchlistEntryView(
      String id,
      @Schema(nullable = true) WatchlistCategory category,
      WatchlistKind kind,
      String value,
      Instant createdAt,
      String createdBy) {

    static WatchlistEntryView of(WatchlistRow row) {
      return new WatchlistEntryView(
          Long.toString(row.id()),
          row.category(),
          row.kind(),
          row.value(),
          row.createdAt(),
          row.createdBy());
    }
  }

  @GET
  @RolesAllowed({
    Roles.ADMIN,
    Roles.SUPERVISOR,
    Roles.MANAGER,
    Roles.QC,
    Roles.PIC_TICKET,
    Roles.TEAM_LEADER
  })
  @Operation(
      operationId = "listWatchlist",
      summary = "The TelkomCare watchlist (C-TC-3, C-TC-4, C-TC-5), oldest entry first",
      description =
          "Officials, bodies, KOLs and media by handle or name, and the care and brand accounts"
              + " whose mention means nothing (IGNORED_HANDLE). Who may call it: TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET, ADMIN.")
  public Uni<List<WatchlistEntryView>> list() {
    return watchlist.list().map(rows -> rows.stream().map(WatchlistEntryView::of).toList());
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "addWatchlistEntry",
      summary = "Add a handle or name to the watchlist (admin)",
      description =
          "Takes effect on this replica's assessments at once and on other replicas within a"
              + " minute. Handles compare without case and with or without '@'. Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "The new entry",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WatchlistEntryView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The handle (watched or ignored) or the name is already listed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> add(@Valid @NotNull NewWatchlistEntry request) {
    return watchlist
        .add(actor.get().username(), request.category(), request.kind(), request.value())
        .map(WatchlistEntryView::of)
        .map(
            view ->
                Response.created(URI.create("/api/v1/watchlist/" + view.id()))
                    .entity(view)
                    .build());
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "removeWatchlistEntry",
      summary = "Remove a watchlist entry (admin)",
      description = "Who may call it: ADMIN.")
  @APIResponse(responseCode = "204", description = "Removed")
  public Uni<Void> remove(@PathParam("id") @Parameter(description = "entry id") String id) {
    return watchlist.remove(actor.get().username(), id);
  }
}
