package io.lodestar.pmo.app.portfolio.web;

import io.lodestar.pmo.app.portfolio.web.PortfolioViews.LinkView;
import java.util.List;

/**
 * The export links of an overview page: its table (a node's children or a project's epics) and its
 * snapshot history, each as CSV and XLSX, with what the viewer may not browse said beside them.
 *
 * @param table the table's CSV and XLSX links
 * @param snapshots the snapshot history's links; empty where the viewer may not read it
 * @param hiddenNote how many projects are left out of the export, or empty
 */
public record ExportLinksView(List<LinkView> table, List<LinkView> snapshots, String hiddenNote) {
  public ExportLinksView {
    table = List.copyOf(table);
    snapshots = List.copyOf(snapshots);
  }

  public boolean hasSnapshots() {
    return !snapshots.isEmpty();
  }
}
