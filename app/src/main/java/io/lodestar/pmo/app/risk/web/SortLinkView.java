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
}
