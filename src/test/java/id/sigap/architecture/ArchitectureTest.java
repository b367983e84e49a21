package id.sigap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
    "id.sigap.security..",
    "id.sigap.policy..",
    "id.sigap.reporting..",
    "id.sigap.telkomcare.."
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

  @Test
  @DisplayName("only repositories, query classes and entities hold SQL or Panache queries")
  void onlyRepositoriesQuery() {
    noClasses()
        .that()
        .haveSimpleNameNotEndingWith("Repository")
        .and()
        .haveSimpleNameNotEndingWith("Queries")
        .and()
        .haveSimpleNameNotEndingWith("Entity")
        .and()
        .resideOutsideOfPackage("id.sigap.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.vertx.mutiny.sqlclient..",
            "io.vertx.sqlclient..",
            "io.vertx.mutiny.pgclient..",
            "io.quarkus.hibernate.reactive.panache..",
            "io.quarkus.panache..",
            "org.hibernate..")
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
}
