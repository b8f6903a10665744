package io.lodestar.pmo.app.risk.web;

import java.util.List;

/**
 * The rejected parameters of a page form, each shown beside its field, while the page and its form
 * stay (a 400 that does not replace the page).
 *
 * @param all the rejected parameters, in form order; empty when every one was accepted
 */
public record FieldErrorsView(List<FieldErrorView> all) {

  /** No rejected parameter. */
  public static final FieldErrorsView NONE = new FieldErrorsView(List.of());

  public FieldErrorsView {
    all = List.copyOf(all);
  }

  /**
   * @return whether any parameter was rejected
   */
  public boolean hasErrors() {
    return !all.isEmpty();
  }

  /**
   * @return the message of the rejected {@code field}; empty when it was accepted
   */
  public String errorOf(String field) {
    return all.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldErrorView::message)
        .findFirst()
        .orElse("");
  }
}
