package id.sigap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: every table is written (inserted into, updated, deleted from, persisted) by
 * one class. Writes are found in the SQL of the main sources and in Panache writes on entities.
 */
class TableOwnershipTest {

  /**
   * Tables written by more than one class on purpose, with exactly those writers. Taking a
   * complaint in is one statement: it creates the case, its first event and, on first contact, the
   * customer. A webhook delivery's outcome updates its subscription's failure count in the same
   * statement that records it.
   */
  private static final Map<String, Set<String>> SHARED =
      Map.of(
          "case_event", Set.of("id.sigap.cases.CaseRepository", "id.sigap.cases.Timeline"),
          "customer",
              Set.of("id.sigap.cases.CaseRepository", "id.sigap.customers.CustomerRepository"),
          "webhook_subscription",
              Set.of(
                  "id.sigap.webhooks.WebhookRepository",
                  "id.sigap.webhooks.WebhookDeliveryQueries"));

  /** A statement's write and its table; {@code do update set} and {@code for update} write none. */
  private static final Pattern WRITE =
      Pattern.compile(
          "(?<!do |for |key )\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> PANACHE_WRITES =
      Set.of("persist", "persistAndFlush", "delete", "deleteAll", "deleteById", "update");

  private static Map<String, Set<String>> writers;

  @BeforeAll
  static void findWriters() {
    writers = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(TableOwnershipTest::scanSql);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.sigap");
    main.forEach(
        c ->
            c.getMethodCallsFromSelf().stream()
                .filter(call -> PANACHE_WRITES.contains(call.getName()))
                .filter(call -> call.getTargetOwner().isAssignableTo(PanacheEntityBase.class))
                .filter(call -> call.getTargetOwner().isAnnotatedWith(Table.class))
                .forEach(
                    call ->
                        add(
                            call.getTargetOwner().getAnnotationOfType(Table.class).name(),
                            topLevel(call.getOriginOwner()))));
  }

  private static void scanSql(Path file) {
    String source;
    try {
      source = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // string literals split over lines ("... " + "...") read as one statement
    String joined = source.replaceAll("\"\\s*\\+\\s*\"", "");
    Matcher m = WRITE.matcher(joined);
    String path = Path.of("src/main/java").relativize(file).toString();
    String owner = path.substring(0, path.length() - ".java".length()).replace('/', '.');
    while (m.find()) {
      String table = m.group(1).toLowerCase();
      // "update" also starts words of the language around the SQL
      if (!table.equals("set") && !table.startsWith("the") && isTable(table)) {
        add(table, owner);
      }
    }
  }

  private static final Set<String> TABLES = tablesOfTheMigrations();

  private static Set<String> tablesOfTheMigrations() {
    Set<String> tables = new TreeSet<>();
    Pattern create = Pattern.compile("create table (?:if not exists )?([a-z_]+)");
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      files.forEach(
          f -> {
            try {
              Matcher m = create.matcher(Files.readString(f).toLowerCase());
              while (m.find()) {
                tables.add(m.group(1));
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  private static boolean isTable(String name) {
    return TABLES.contains(name);
  }

  private static String topLevel(JavaClass c) {
    return c.getName().replaceAll("\\$.*", "");
  }

  private static void add(String table, String owner) {
    writers.computeIfAbsent(table, t -> new TreeSet<>()).add(owner);
  }

  @Test
  @DisplayName("the scan finds the writers it must: the case, its events, the people, the duties")
  void theScanSeesWrites() {
    assertThat(writers.get("hard_complaint_case")).containsExactly("id.sigap.cases.CaseRepository");
    assertThat(writers.get("user_account"))
        .containsExactly("id.sigap.directory.UserAccountRepository");
    assertThat(writers.get("duty")).containsExactly("id.sigap.timers.DutyRepository");
    assertThat(writers).containsKeys("case_event", "presence", "desk", "policy_revision");
  }

  @Test
  @DisplayName("every table has one writer, but the few shared on purpose")
  void everyTableHasOneWriter() {
    Map<String, Set<String>> shared = new TreeMap<>();
    writers.forEach(
        (table, owners) -> {
          if (owners.size() > 1) {
            shared.put(table, owners);
          }
        });
    assertThat(shared).isEqualTo(new TreeMap<>(SHARED));
  }
}
