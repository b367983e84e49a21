package id.sigap.floor;

import id.sigap.directory.Directory;
import id.sigap.directory.PresenceRepository;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Presence;
import id.sigap.procedure.Role;
import id.sigap.procedure.rules.FloorRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R-F-2: people check in at desks and out again; everyone sees who is free, busy or away. */
@ApplicationScoped
public class FloorService {

  private final Directory directory;
  private final PresenceRepository presence;
  private final Clock clock;

  FloorService(Directory directory, PresenceRepository presence, Clock clock) {
    this.directory = directory;
    this.presence = presence;
    this.clock = clock;
  }

  /** One person's state on the floor. */
  public record PersonOnFloor(
      String username,
      @Schema(implementation = Role.class) String role,
      @Schema(
              nullable = true,
              description = "None for a person of no cluster, such as a supervisor")
          String clusterId,
      @Schema(nullable = true, description = "The desk checked in at; none while away")
          String deskId,
      Presence status,
      @Schema(nullable = true, description = "Since when in this status, when known")
          Instant since) {}

  /** Checks the person in at the desk, or refuses with R-F-2; answers their state. */
  public Uni<PersonOnFloor> checkIn(Actor person, String deskId) {
    return directory
        .deskOrNull(deskId)
        .chain(
            desk ->
                presence
                    .floor()
                    .chain(
                        floor ->
                            FloorRules.checkIn(person, deskId, desk, floor)
                                .<Uni<Void>>map(
                                    refusal ->
                                        Uni.createFrom().failure(new RejectedException(refusal)))
                                .orElseGet(
                                    () ->
                                        presence.checkIn(
                                            person.username(), deskId, clock.instant()))))
        .chain(() -> of(person.username()));
  }

  public Uni<PersonOnFloor> checkOut(Actor person) {
    return presence.checkOut(person.username(), clock.instant()).chain(() -> of(person.username()));
  }

  public Uni<List<PersonOnFloor>> everyone() {
    return presence.people().map(people -> people.stream().map(FloorService::view).toList());
  }

  private Uni<PersonOnFloor> of(String username) {
    return presence
        .people()
        .map(
            people ->
                people.stream()
                    .filter(p -> p.username().equals(username))
                    .findFirst()
                    .map(FloorService::view)
                    .orElseThrow());
  }

  private static PersonOnFloor view(PresenceRepository.Person p) {
    Presence status = FloorRules.presence(p.role(), p.deskId() != null, p.busy());
    return new PersonOnFloor(
        p.username(), p.role().name(), p.clusterId(), p.deskId(), status, p.since());
  }
}
