package id.sigap.platform.problem;

import java.util.List;

/**
 * An import of which some rows are refused: answered 422 with every refused row, nothing written.
 */
public class RowsRefused extends RuntimeException {

  private final String rule;
  private final transient List<Problem.RowError> rows;

  public RowsRefused(String rule, String detail, List<Problem.RowError> rows) {
    super(detail, null, false, false);
    this.rule = rule;
    this.rows = List.copyOf(rows);
  }

  public String rule() {
    return rule;
  }

  public List<Problem.RowError> rows() {
    return rows;
  }
}
