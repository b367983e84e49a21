package id.sigap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/rules.md tells a newcomer where each rule ID lives; this keeps it true. */
class RuleTableTest {

  private static final Path TABLE = Path.of("docs/rules.md");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| ([A-Z]-[A-Z]{1,2}-\\d+|K-\\d) \\| [^|]* \\| \\[`[^`]+`\\]\\(\\.\\./([^)]+)\\) \\| \\[`[^`]+`\\]\\(\\.\\./([^)]+)\\) \\|$");
  private static final Pattern RULE_ID =
      Pattern.compile("\\b(?:R-(?:IN|TC|X|F|C|I)-\\d+|C-(?:IN|TC)-\\d|K-\\d)\\b");

  record Row(String rule, Path main, Path test) {}

  @Test
  void everyListedRuleIsNamedInItsMainFileAndItsTest() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThan(30);
    for (Row row : rows) {
      assertThat(row.main()).as("main file of %s", row.rule()).isRegularFile();
      assertThat(row.test()).as("test of %s", row.rule()).isRegularFile();
      assertThat(names(row.main(), row.rule())).as("%s names %s", row.main(), row.rule()).isTrue();
      assertThat(names(row.test(), row.rule())).as("%s names %s", row.test(), row.rule()).isTrue();
      assertThat(row.test().toString()).startsWith("src/test/java/");
      assertThat(row.main().toString()).startsWith("src/main/java/");
    }
  }

  @Test
  void everyRuleTheCodeNamesIsListed() throws IOException {
    Set<String> listed = new TreeSet<>();
    rows().forEach(row -> listed.add(row.rule()));
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher ids = RULE_ID.matcher(Files.readString(file));
        while (ids.find()) {
          named.add(ids.group());
        }
      }
    }
    assertThat(listed).containsAll(named);
  }

  @Test
  void eachRuleIsListedOnce() throws IOException {
    List<String> rules = rows().stream().map(Row::rule).toList();
    assertThat(rules).doesNotHaveDuplicates();
  }

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(TABLE)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows.add(new Row(row.group(1), Path.of(row.group(2)), Path.of(row.group(3))));
      }
    }
    return rows;
  }

  /**
   * The file names the rule as written ({@code R-IN-8}) or as a method name does ({@code R_IN_8}).
   */
  private static boolean names(Path file, String rule) throws IOException {
    String text = Files.readString(file);
    Pattern id =
        Pattern.compile(
            "(?<![A-Za-z0-9-])(?:"
                + Pattern.quote(rule)
                + "|"
                + rule.replace('-', '_')
                + ")(?!\\d)");
    return id.matcher(text).find();
  }
}
