package id.sigap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.sigap.platform.persistence.StatementPool;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shape the code keeps: a framework-free procedure core, features that do not cycle. */
class ArchitectureTest {

  private static final String[] FEATURES = {
    "id.sigap.cases..",
    "id.sigap.escalation..",
    "id.sigap.followup..",
    "id.sigap.timers..",
    "id.sigap.stream..",
    "id.sigap.directory..",
    "id.sigap.floor..",
    "id.sigap.admin..",
    "id.sigap.security..",
    "id.sigap.policy..",
    "id.sigap.reporting..",
    "id.sigap.telkomcare..",
    "id.sigap.webhooks..",
    "id.sigap.push..",
    "id.sigap.call..",
    "id.sigap.coordination..",
    "id.sigap.customers..",
    "id.sigap.handover.."
  };

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.sigap");
  }

  @Test
  @DisplayName("the procedure core imports only the JDK and itself")
  void theCoreIsPlainJava() {
    classes()
        .that()
        .resideInAPackage("id.sigap.procedure..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "id.sigap.procedure..")
        .check(main);
  }

  @Test
  @DisplayName("platform serves the features and imports none of them")
  void platformImportsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("id.sigap.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES)
        .check(main);
  }

  @Test
  @DisplayName("no cycles between the top-level packages")
  void topLevelPackagesAreFreeOfCycles() {
    slices().matching("id.sigap.(*)..").should().beFreeOfCycles().check(main);
  }

  /**
   * Classes not named as repositories that own a table (each table's one writer: {@link
   * TableOwnershipTest}), and no others may start to query.
   */
  private static final Set<String> TABLE_OWNERS =
      Set.of(
          "id.sigap.cases.Timeline", // case_event, beside the intake statement
          "id.sigap.cases.CaseIntake", // idempotency_key
          "id.sigap.directory.Directory", // reads user_account and desk through Panache
          "id.sigap.policy.PolicyRevisions", // policy_revision
          "id.sigap.security.Sessions", // user_session, refresh_token
          "id.sigap.security.LoginThrottle", // login_throttle
          "id.sigap.security.ServiceAccounts", // service_account
          "id.sigap.security.SecurityAudit", // security_audit
          "id.sigap.stream.StreamTickets"); // stream_ticket

  private static final Set<String> PANACHE_QUERIES =
      Set.of(
          "find",
          "findById",
          "findAll",
          "list",
          "listAll",
          "stream",
          "streamAll",
          "count",
          "delete",
          "deleteAll",
          "deleteById",
          "update",
          "persist",
          "persistAndFlush",
          "flush",
          "getSession");

  private static final DescribedPredicate<JavaClass> QUERY_OWNERS =
      DescribedPredicate.describe(
          "a repository, query class, entity, platform class or table owner",
          c ->
              c.getSimpleName().endsWith("Repository")
                  || c.getSimpleName().endsWith("Queries")
                  || c.getSimpleName().endsWith("Entity")
                  || c.getPackageName().startsWith("id.sigap.platform")
                  || TABLE_OWNERS.contains(c.getName())
                  || TABLE_OWNERS.contains(c.getName().replaceAll("\\$.*", "")));

  @Test
  @DisplayName(
      "only repositories and query classes use the SQL client or Hibernate (LISTEN is the stream's)")
  void onlyRepositoriesUseTheSqlClient() {
    noClasses()
        .that(DescribedPredicate.not(QUERY_OWNERS))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            // Hibernate's query API, not its validator (configuration bounds)
            "io.vertx.mutiny.sqlclient..",
            "io.vertx.sqlclient..",
            "org.hibernate",
            "org.hibernate.reactive..",
            "org.hibernate.query..")
        .check(main);
  }

  @Test
  @DisplayName("only repositories run Panache queries; others only open sessions and transactions")
  void onlyRepositoriesRunPanacheQueries() {
    DescribedPredicate<JavaMethodCall> panacheQuery =
        DescribedPredicate.describe(
            "a Panache query or write",
            call ->
                PANACHE_QUERIES.contains(call.getName())
                    && (call.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                        || call.getTargetOwner().isEquivalentTo(Panache.class)));
    noClasses()
        .that(DescribedPredicate.not(QUERY_OWNERS))
        .should()
        .callMethodWhere(panacheQuery)
        .check(main);
  }

  @Test
  @DisplayName("resources map HTTP to services and never reach a repository")
  void resourcesNeverReachRepositories() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Queries")
        .check(main);
  }

  @Test
  @DisplayName("no class keeps a random generator in a static field")
  void noStaticRandomGenerators() {
    noFields()
        .that()
        .areStatic()
        .should()
        .haveRawType(JavaClass.Predicates.assignableTo(Random.class))
        .because(
            "a static generator is initialised when the native image is built, so every"
                + " executable would start from the same baked-in seed")
        .check(main);
  }

  @Test
  @DisplayName("plain SQL takes its connections from the statement pool, not the sessions' pool")
  void theSqlClientIsTheStatementPool() {
    List<String> unqualified = new ArrayList<>();
    for (JavaClass c : main) {
      for (JavaConstructor constructor : c.getConstructors()) {
        for (JavaParameter parameter : constructor.getParameters()) {
          if (parameter.getRawType().isAssignableTo(io.vertx.mutiny.sqlclient.Pool.class)
              && !parameter.isAnnotatedWith(StatementPool.class)) {
            unqualified.add(constructor.getFullName());
          }
        }
      }
    }
    assertThat(unqualified)
        .as(
            "a statement from the sessions' pool, run while a session holds a connection of it,"
                + " can wait for ever when every connection is so held")
        .isEmpty();
  }
}
