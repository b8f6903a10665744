package io.lodestar.pmo.app.risk.web;

import java.util.List;

/**
 * Everything the register page shows, translated and formatted; the template only prints it.
 *
 * @param projectKey the project's key
 * @param projectName the project's name
 * @param formAction the page URL the filter form submits to (GET)
 * @param statusOptions the status filter choices (first: any)
 * @param levelOptions the level filter choices (first: any)
 * @param owner the owner filter as typed (user name); empty for any
 * @param overdueOnly whether only overdue reviews are shown
 * @param sort the current sort key, kept by the filter form
 * @param order the current order ({@code asc}/{@code desc}), kept by the filter form
 * @param columns the sortable column headers
 * @param rows the risks of this page
 * @param paging the pager
 * @param hiddenNotice "N risks hidden" when some risks are not visible to the user; empty otherwise
 * @param inherentMap the inherent heat map
 * @param residualMap the residual heat map
 * @param csvUrl the CSV export of the filtered register
 * @param exposureUrl the REST resource that runs the exposure simulation (POST)
 * @param cellFilter the heat-map cell the list is filtered to, translated; empty when none
 * @param clearCellUrl the register without the cell filter; empty when there is none
 * @param settingsUrl the project's risk settings page; empty when the viewer may not change them
 * @param appetiteNotice the project's appetite band and how many risks are above it, or that the
 *     project has no appetite; translated
 */
public record RegisterPageView(
    String projectKey,
    String projectName,
    String formAction,
    List<OptionView> statusOptions,
    List<OptionView> levelOptions,
    String owner,
    boolean overdueOnly,
    String sort,
    String order,
    List<SortLinkView> columns,
    List<RegisterRowView> rows,
    PagingView paging,
    String hiddenNotice,
    HeatMapView inherentMap,
    HeatMapView residualMap,
    String csvUrl,
    String exposureUrl,
    String cellFilter,
    String clearCellUrl,
    String settingsUrl,
    String appetiteNotice) {

  public RegisterPageView {
    statusOptions = List.copyOf(statusOptions);
    levelOptions = List.copyOf(levelOptions);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * @return whether the page has any risk to list
   */
  public boolean hasRows() {
    return !rows.isEmpty();
  }

  /**
   * @return whether some risks are hidden from the user
   */
  public boolean hasHidden() {
    return !hiddenNotice.isEmpty();
  }

  /**
   * @return whether the list is filtered to one heat-map cell
   */
  public boolean hasCellFilter() {
    return !cellFilter.isEmpty();
  }
}
