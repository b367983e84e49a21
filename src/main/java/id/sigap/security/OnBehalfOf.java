package id.sigap.security;

import id.sigap.directory.PeopleQueries;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Role;
import id.sigap.procedure.Roles;
import id.sigap.procedure.rules.IntegrationRules;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * R-I-1: a CTI account (the telephony, the complaint application) acts for the person on the call,
 * named in {@value #HEADER}. That person must be one who may take the action themselves (the
 * operation's other roles); the action is then theirs, recorded as by the integrator for them.
 * Checked before the operation runs, so a refusal changes nothing.
 */
public class OnBehalfOf {

  public static final String HEADER = "Sigap-On-Behalf-Of";

  /** How the operations a CTI account may call describe the header. */
  public static final String DESCRIPTION =
      "CTI accounts only (R-I-1): the username of the person on the call, for whom the action is"
          + " recorded; they must be one who may call this operation, of the account's cluster if"
          + " it has one";

  /** Each operation's roles, read once: the filter runs on every request. */
  private static final Map<Method, Set<Role>> ROLES = new ConcurrentHashMap<>();

  private final CurrentIdentityAssociation identities;
  private final PeopleQueries people;
  private final CurrentActor currentActor;

  OnBehalfOf(
      CurrentIdentityAssociation identities, PeopleQueries people, CurrentActor currentActor) {
    this.identities = identities;
    this.people = people;
    this.currentActor = currentActor;
  }

  @ServerRequestFilter
  public Uni<Void> actFor(ContainerRequestContext request, ResourceInfo resource) {
    String named = request.getHeaderString(HEADER);
    Method method = resource.getResourceMethod();
    Set<Role> allowed =
        method == null ? Set.of() : ROLES.computeIfAbsent(method, OnBehalfOf::rolesAllowed);
    // the identity is not looked at (nor a token checked) where nobody can act on behalf
    if (allowed.isEmpty() || (named == null && !allowed.contains(Role.CTI))) {
      return Uni.createFrom().voidItem();
    }
    return identities.getDeferredIdentity().chain(identity -> check(identity, named, allowed));
  }

  private Uni<Void> check(SecurityIdentity identity, String named, Set<Role> allowed) {
    boolean integrator = identity.hasRole(Roles.CTI);
    if (identity.isAnonymous()
        || (!integrator && named == null)
        || (integrator && !allowed.contains(Role.CTI))) {
      // no one to act for, or not an integrator's operation: the role check answers (401, 403)
      return Uni.createFrom().voidItem();
    }
    Actor caller = CurrentActor.of(identity);
    Set<Role> mayAct = EnumSet.copyOf(allowed);
    mayAct.remove(Role.CTI);
    return (integrator && named != null && !named.isBlank()
            ? people.activePerson(named)
            : Uni.createFrom().<Actor>nullItem())
        .map(
            person -> {
              IntegrationRules.actOnBehalf(caller, named, person, mayAct)
                  .ifPresent(
                      refusal -> {
                        throw new RejectedException(refusal);
                      });
              currentActor.actFor(person.withRecorder(caller.username()));
              return null;
            });
  }

  /** The roles the operation's {@code @RolesAllowed} names; none when it names none. */
  private static Set<Role> rolesAllowed(Method method) {
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (allowed != null) {
      Arrays.stream(allowed.value()).map(Role::valueOf).forEach(roles::add);
    }
    return Collections.unmodifiableSet(roles);
  }
}
