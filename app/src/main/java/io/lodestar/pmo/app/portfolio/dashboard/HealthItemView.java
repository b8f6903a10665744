package io.lodestar.pmo.app.portfolio.dashboard;

import io.lodestar.pmo.app.portfolio.web.PortfolioViews.OptionView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.RagView;
import java.util.List;

/**
 * One "Lodestar portfolio health" item as {@code templates/dashboard/portfolio-health.vm} shows it.
 *
 * @param itemId the item's id
 * @param title the item's heading
 * @param notice why there are no rows (not configured, nothing visible, index warming); "" else
 * @param portfolioUrl the portfolio page; "" when not configured
 * @param hiddenNotice how many projects and items were left out for the viewer; "" when none
 * @param headers the chosen columns' headings, after "Name"
 * @param rows at most the configured number of rows
 * @param summary "N of M rows, sorted by …"
 * @param editUrl the owner's link to the form; "" for everyone else
 * @param form the configuration form when the owner edits; null else
 */
public record HealthItemView(
    long itemId,
    String title,
    String notice,
    String portfolioUrl,
    String hiddenNotice,
    List<String> headers,
    List<RowView> rows,
    String summary,
    String editUrl,
    FormView form) {

  public HealthItemView {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  public boolean hasRows() {
    return !rows.isEmpty();
  }

  /** A cell: a health lozenge (word and icon) when {@code rag} is set, else text. */
  public record CellView(String column, String text, RagView rag) {
    public boolean isRag() {
      return rag != null;
    }
  }

  /** One program or project. */
  public record RowView(String kind, String key, String name, String url, List<CellView> cells) {
    public RowView {
      cells = List.copyOf(cells);
    }
  }

  /** The configuration form, with the messages at its fields. */
  public record FormView(
      String action,
      long version,
      List<OptionView> portfolios,
      List<OptionView> columns,
      List<OptionView> sorts,
      String rows,
      String maxRows,
      String portfolioError,
      String columnsError,
      String sortError,
      String rowsError,
      String message,
      String cancelUrl) {
    public FormView {
      portfolios = List.copyOf(portfolios);
      columns = List.copyOf(columns);
      sorts = List.copyOf(sorts);
    }
  }
}
