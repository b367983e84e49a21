package id.sigap.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as RFC 4180 writes it: comma-separated fields, double quotes around a field that holds
 * a comma, a quote or a line break, a doubled quote inside one. Lines end with LF or CRLF; a
 * leading byte order mark and blank lines are ignored. The first line is the header.
 */
final class CsvTable {

  /** One line of the file, with its line number (1 is the header). */
  record Line(int number, List<String> fields) {}

  private final List<Line> lines;

  private CsvTable(List<Line> lines) {
    this.lines = lines;
  }

  /** The header line, or null for an empty file. */
  Line header() {
    return lines.isEmpty() ? null : lines.get(0);
  }

  /** The lines after the header. */
  List<Line> rows() {
    return lines.isEmpty() ? List.of() : lines.subList(1, lines.size());
  }

  /**
   * Reads the text; stops with {@link Unreadable} at an unterminated quote, or once there are more
   * than {@code maxRows} rows after the header.
   */
  static CsvTable parse(String text, int maxRows) {
    List<Line> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int lineStart = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && field.length() == 0 && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        end(lines, fields, field, fieldStarted, lineStart, maxRows);
        fields = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
        line++;
        lineStart = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
      i++;
    }
    if (quoted) {
      throw new Unreadable(lineStart, "a quoted field is not closed");
    }
    end(lines, fields, field, fieldStarted, lineStart, maxRows);
    return new CsvTable(lines);
  }

  private static void end(
      List<Line> lines,
      List<String> fields,
      StringBuilder field,
      boolean fieldStarted,
      int number,
      int maxRows) {
    if (fields.isEmpty() && field.length() == 0 && !fieldStarted) {
      return; // a blank line
    }
    fields.add(field.toString());
    if (lines.size() > maxRows) {
      throw new TooManyRows();
    }
    lines.add(new Line(number, List.copyOf(fields)));
  }

  /** The text is not CSV. */
  static final class Unreadable extends RuntimeException {
    final int line;

    Unreadable(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  /** More rows than allowed. */
  static final class TooManyRows extends RuntimeException {
    TooManyRows() {
      super("too many rows", null, false, false);
    }
  }
}
