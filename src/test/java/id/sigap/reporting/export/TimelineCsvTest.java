package id.sigap.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineCsvTest {

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
    assertThat(TimelineCsv.cell("plain")).isEqualTo("plain");
    assertThat(TimelineCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(TimelineCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(TimelineCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(TimelineCsv.cell(null)).isEmpty();
  }

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
    assertThat(TimelineCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(TimelineCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(TimelineCsv.cell("-1")).isEqualTo("'-1");
  }

  @Test
  void phoneNumbersInTheDetailsAreMaskedAndEachEventIsOneRow() {
    var row =
        new TimelineCsv.Row(
            "c1",
            null,
            "INBOUND_VOICE",
            "OPEN",
            true,
            "C1",
            "u1",
            "2026-12-01T08:00:00Z",
            "agent1",
            null,
            7,
            "PROGRESS_CHECKED",
            "2026-12-01T09:00:00Z",
            "tl1",
            "{\"note\":\"called 0812-3456-7890\"}");
    String csv = TimelineCsv.of(List.of(row, row));
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("case_id,ticket_number,channel");
    assertThat(lines[1]).contains("0812 **** 7890").doesNotContain("3456");
    assertThat(lines[1]).startsWith("c1,,INBOUND_VOICE,OPEN,true,C1,u1,");
  }
}
