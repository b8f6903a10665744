package io.lodestar.pmo.app.risk.web;

/**
 * A register column header: when the column is sortable, clicking it re-requests the register
 * sorted by this column.
 *
 * @param label the column label
 * @param url the register sorted by this column (its default direction, or the reverse when it is
 *     already the current sort); empty when the column cannot be sorted
 * @param ariaSort {@code ascending}, {@code descending} or {@code none}
 */
public record SortLinkView(String label, String url, String ariaSort) {

  /** A header that cannot be sorted. */
  public static SortLinkView plain(String label) {
    return new SortLinkView(label, "", "none");
  }

  /**
   * @return whether the header links to a sorted register
   */
  public boolean sortable() {
    return !url.isEmpty();
  }

  /**
   * @return the arrow of the current sort on this column: {@code ↑} ascending, {@code ↓}
   *     descending, empty when the register is not sorted by it
   */
  public String arrow() {
    return switch (ariaSort) {
      case "ascending" -> "\u2191";
      case "descending" -> "\u2193";
      default -> "";
    };
  }

  /**
   * @return whether the register is sorted by this column
   */
  public boolean sorted() {
    return !arrow().isEmpty();
  }
}
