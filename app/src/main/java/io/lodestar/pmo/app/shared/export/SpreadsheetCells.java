package io.lodestar.pmo.app.shared.export;

/** Text cells a spreadsheet will show as text, never run as a formula. */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /**
   * The cell with a leading {@code '} when it starts with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return (what spreadsheets read as the start of a formula);
   * otherwise unchanged. Numbers are written as numbers and never go through this.
   */
  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell == null ? "" : cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }
}
