package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.platform.embedded.SelfContainedConfigSourceFactory;
import id.sigap.support.MappedConfig;
import id.sigap.support.MappedConfig.Key;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README.md's "Configuration" table against what the code reads: every key of a {@code
 * ConfigMapping} has a row (one key per row) whose default is the mapping's {@code WithDefault},
 * and every {@code sigap.*} row is a key the code reads. Plain JUnit: the mappings are read by
 * reflection, nothing is started.
 */
class ConfigurationTableTest {

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /** A row: its keys, and its default when the cell is a single code span. */
  record Row(int line, List<String> keys, Optional<String> defaultValue, String defaultCell) {}

  private static SortedMap<String, Key> mapped;
  private static List<Row> rows;

  @BeforeAll
  static void read() throws IOException {
    mapped = MappedConfig.keys();
    rows = configurationTable(Path.of("README.md"));
  }

  @Test
  void theMappingsAreFound() {
    assertThat(MappedConfig.mappings()).hasSizeGreaterThan(5);
    assertThat(mapped).containsKeys("sigap.policy.callback-interval", "sigap.http.hsts.max-age");
  }

  @Test
  void everyMappedKeyHasARow() {
    Set<String> listed = new TreeSet<>();
    rows.forEach(row -> listed.addAll(row.keys()));
    assertThat(new TreeSet<>(mapped.keySet()))
        .as("keys that README.md's Configuration table lacks")
        .isSubsetOf(listed);
  }

  @Test
  void everySigapRowIsAKeyTheCodeReads() {
    Set<String> read = new TreeSet<>(mapped.keySet());
    read.addAll(readBeforeCdi());
    List<String> unknown = new ArrayList<>();
    for (Row row : rows) {
      row.keys().stream()
          .filter(key -> key.startsWith("sigap.") && !read.contains(key))
          .forEach(key -> unknown.add(key + " (README.md line " + row.line() + ")"));
    }
    assertThat(unknown).as("sigap.* keys in README.md that nothing reads").isEmpty();
  }

  @Test
  void aSigapRowHasOneKey() {
    List<String> grouped = new ArrayList<>();
    for (Row row : rows) {
      if (row.keys().size() > 1 && row.keys().stream().anyMatch(k -> k.startsWith("sigap."))) {
        grouped.add("README.md line " + row.line() + ": " + row.keys());
      }
    }
    assertThat(grouped).as("rows that list several sigap.* keys").isEmpty();
  }

  @Test
  void theRowsGiveTheMappingsDefaults() {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      for (String key : row.keys()) {
        Key known = mapped.get(key);
        if (known != null && !known.defaultValue().equals(row.defaultValue())) {
          wrong.add(
              key
                  + ": README.md line "
                  + row.line()
                  + " says "
                  + row.defaultCell()
                  + ", "
                  + known.mapping().getSimpleName()
                  + " has "
                  + known.defaultValue().map(d -> "`" + d + "`").orElse("no default"));
        }
      }
    }
    assertThat(wrong)
        .as("defaults that differ (a default is one code span, none is prose)")
        .isEmpty();
  }

  /**
   * The defaults live in the mappings: application.properties sets a mapped key only on purpose.
   */
  @Test
  void applicationPropertiesRepeatsNoDefault() throws IOException {
    Properties app = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
      app.load(in);
    }
    List<String> repeated = new ArrayList<>();
    for (String name : app.stringPropertyNames()) {
      Key key = mapped.get(name);
      if (key != null && key.defaultValue().equals(Optional.of(app.getProperty(name)))) {
        repeated.add(name + "=" + app.getProperty(name));
      }
    }
    assertThat(repeated).as("application.properties repeats a mapping's default").isEmpty();
  }

  /**
   * A schedule that names a key ({@code every = "${sigap.timers.poll-interval}"}) reads the
   * mapping's default: a fallback in the expression would be a second default.
   */
  @Test
  void expressionsInTheCodeNameMappedKeysWithoutAFallback() throws IOException {
    Pattern expression = Pattern.compile("\\$\\{(sigap\\.[^}:]+)(:[^}]*)?}");
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = expression.matcher(Files.readString(source));
        while (m.find()) {
          if (m.group(2) != null || !mapped.containsKey(m.group(1))) {
            wrong.add(source.getFileName() + ": " + m.group());
          }
        }
      }
    }
    assertThat(wrong).as("expressions with a fallback, or of a key no mapping has").isEmpty();
  }

  /**
   * The keys read while the configuration itself is being built, before any mapping exists: the
   * embedded database's, by {@link SelfContainedConfigSourceFactory}.
   */
  static Set<String> readBeforeCdi() {
    Set<String> keys = new TreeSet<>();
    for (Field field : SelfContainedConfigSourceFactory.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          field.setAccessible(true);
          String value = (String) field.get(null);
          if (value.startsWith("sigap.")) {
            keys.add(value);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return keys;
  }

  /** The rows of the table in the section "## Configuration". */
  static List<Row> configurationTable(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme);
    int start = lines.indexOf("## Configuration");
    assertThat(start).as("README.md has a section ## Configuration").isNotNegative();
    Map<Integer, String> table = new LinkedHashMap<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      if (lines.get(i).startsWith("|")) {
        table.put(i + 1, lines.get(i));
      }
    }
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (Map.Entry<Integer, String> line : table.entrySet()) {
      String[] cells = line.getValue().split("\\|", -1);
      if (header || cells[1].trim().startsWith("---")) {
        header = false;
        continue;
      }
      List<String> keys = new ArrayList<>();
      Matcher key = CODE.matcher(cells[1]);
      while (key.find()) {
        keys.add(key.group(1));
      }
      String defaultCell = cells[2].trim();
      Matcher value = CODE.matcher(defaultCell);
      Optional<String> defaultValue =
          value.matches() ? Optional.of(value.group(1)) : Optional.empty();
      rows.add(new Row(line.getKey(), keys, defaultValue, defaultCell));
    }
    assertThat(rows).as("rows of the Configuration table").isNotEmpty();
    return rows;
  }
}
