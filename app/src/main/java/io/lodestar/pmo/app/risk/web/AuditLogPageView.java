package io.lodestar.pmo.app.risk.web;

import java.util.List;

/**
 * Everything the audit log page shows, translated and formatted; the template only prints it.
 *
 * @param formAction the page URL the filter form submits to (GET)
 * @param typeOptions the entity filter's choices (first: any)
 * @param project the project filter as typed (a project key); empty for any
 * @param errors the rejected filter parameters, each with its message; empty when none
 * @param entries this page of entries, newest first
 * @param paging the pager
 * @param emptyNotice what to say when there is no entry (none at all, or none matching)
 * @param adminUrl the admin page
 */
public record AuditLogPageView(
    String formAction,
    List<OptionView> typeOptions,
    String project,
    List<FieldErrorView> errors,
    List<EntryView> entries,
    PagingView paging,
    String emptyNotice,
    String adminUrl) {

  public AuditLogPageView {
    typeOptions = List.copyOf(typeOptions);
    errors = List.copyOf(errors);
    entries = List.copyOf(entries);
  }

  /**
   * @return whether this page lists any entry
   */
  public boolean hasEntries() {
    return !entries.isEmpty();
  }

  /**
   * @return whether a filter parameter was rejected
   */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * @return the message of the rejected {@code field}; empty when it was accepted
   */
  public String errorOf(String field) {
    return errors.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldErrorView::message)
        .findFirst()
        .orElse("");
  }

  /**
   * One audit entry.
   *
   * @param at when, {@code yyyy-MM-dd HH:mm:ss} UTC
   * @param atIso the same as an ISO-8601 instant, for {@code <time datetime>}
   * @param who the actor's display name and login name, or the stored user key when the user is
   *     gone
   * @param what the action, translated
   * @param target the thing changed, translated, e.g. "Risk settings of project MOBA"
   * @param before the canonical text before, shortened when long; empty when created
   * @param after the canonical text after, shortened when long; empty when deleted
   */
  public record EntryView(
      String at,
      String atIso,
      String who,
      String what,
      String target,
      String before,
      String after) {

    /**
     * @return whether the entry has a before or an after text to show
     */
    public boolean hasChange() {
      return !before.isEmpty() || !after.isEmpty();
    }
  }
}
