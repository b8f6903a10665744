package io.lodestar.pmo.app.risk.web;

/**
 * The pager under the register table.
 *
 * @param summary e.g. "Risks 1 to 50 of 1,203", translated
 * @param previousUrl link to the previous page; empty on the first page
 * @param nextUrl link to the next page; empty on the last page
 */
public record PagingView(String summary, String previousUrl, String nextUrl) {

  /**
   * @return whether there is a previous page
   */
  public boolean hasPrevious() {
    return !previousUrl.isEmpty();
  }

  /**
   * @return whether there is a next page
   */
  public boolean hasNext() {
    return !nextUrl.isEmpty();
  }
}
