package id.sigap.coordination;

import id.sigap.cases.CaseService;
import id.sigap.directory.Directory;
import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.platform.time.ZoneConfig;
import id.sigap.procedure.Actor;
import id.sigap.procedure.CoordinationAnswer;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.Role;
import id.sigap.procedure.rules.FollowUpRules;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * R-C-5: the related units' queues of coordinations, their answers, and who answers for each unit.
 */
@ApplicationScoped
public class CoordinationService {

  static final int MAX_LISTED = 200;

  /** Who may answer for a related unit: its people, not the floor's agents and TLs. */
  static final Set<Role> MEMBER_ROLES =
      EnumSet.of(Role.LIAISON_OFFICER, Role.SUPERVISOR, Role.MANAGER);

  private final CoordinationQueries coordinations;
  private final UnitMemberRepository members;
  private final CaseService cases;
  private final Directory directory;
  private final ZoneId zone;

  CoordinationService(
      CoordinationQueries coordinations,
      UnitMemberRepository members,
      CaseService cases,
      Directory directory,
      ZoneConfig zone) {
    this.coordinations = coordinations;
    this.members = members;
    this.cases = cases;
    this.directory = directory;
    this.zone = zone.zone();
  }

  /** The unanswered coordinations addressed to the units the person answers for. */
  public Uni<List<CoordinationQueries.Waiting>> queue(Actor member) {
    return members.unitsOf(member.username()).chain(u -> coordinations.unanswered(u, MAX_LISTED));
  }

  @WithTransaction
  public Uni<CaseService.Acted> answer(
      Actor member,
      String coordinationId,
      CoordinationAnswer answer,
      String note,
      Instant promisedResolutionAt) {
    return coordinations
        .find(coordinationId)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Coordination", coordinationId))
        .chain(
            asked ->
                cases.actAddressed(
                    asked.caseId(),
                    c ->
                        // read after the case is locked: a second answer sees the first
                        Uni.combine()
                            .all()
                            .unis(
                                coordinations.find(coordinationId),
                                members.unitsOf(member.username()))
                            .asTuple()
                            .map(
                                found ->
                                    FollowUpRules.answerCoordination(
                                        c,
                                        member,
                                        found.getItem2(),
                                        found.getItem1().coordination(),
                                        answer,
                                        note,
                                        promisedResolutionAt,
                                        cases.policyOf(c).callBackTerms(zone),
                                        cases.now()))));
  }

  public Uni<List<String>> membersOf(RelatedUnit unit) {
    return members.membersOf(unit);
  }

  /** Replaces a unit's people; each must be an active liaison officer, supervisor or manager. */
  public Uni<List<String>> replaceMembers(RelatedUnit unit, List<String> usernames) {
    if (unit == RelatedUnit.OTHER) {
      return Uni.createFrom()
          .failure(
              new RejectedException(
                  Rejection.unprocessable(
                      "R-C-5", "Not a related unit", "OTHER is no unit: nobody answers for it")));
    }
    List<String> distinct = usernames.stream().distinct().sorted().toList();
    return Multi.createFrom()
        .iterable(distinct)
        .onItem()
        .transformToUniAndConcatenate(
            username ->
                directory
                    .activePerson(username)
                    .map(
                        person -> {
                          if (person == null || !MEMBER_ROLES.contains(person.role())) {
                            throw new RejectedException(
                                Rejection.unprocessable(
                                    "R-C-5",
                                    "Not a member a unit can have",
                                    username
                                        + " is not an active liaison officer, supervisor or"
                                        + " manager"));
                          }
                          return username;
                        }))
        .collect()
        .asList()
        .chain(checked -> members.replace(unit, checked))
        .chain(() -> members.membersOf(unit));
  }
}
