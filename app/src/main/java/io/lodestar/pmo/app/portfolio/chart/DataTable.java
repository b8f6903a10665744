package io.lodestar.pmo.app.portfolio.chart;

import io.lodestar.pmo.app.shared.markup.MarkupWriter;
import java.util.List;
import java.util.Objects;

/**
 * A chart's figures as a table: the text alternative of the drawing, shown beside it (and in
 * exports). Every cell is plain text; {@link #tableHtml()} escapes it.
 *
 * @param caption what the table shows
 * @param headers column headers, the first naming the row labels
 * @param rows cells, each row as long as {@code headers}
 * @param emptyText shown in place of the rows when there are none
 */
public record DataTable(
    String caption, List<String> headers, List<List<String>> rows, String emptyText) {

  public DataTable {
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(emptyText, "emptyText");
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " cells, not " + headers.size());
      }
    }
  }

  /**
   * The table as escaped HTML (an AUI table), for a template to print as it is: every cell went
   * through the same escaping as the chart's texts.
   */
  public String tableHtml() {
    StringBuilder out = new StringBuilder(1024);
    out.append("<table class=\"aui lodestar-chart-table\"><caption>");
    MarkupWriter.escape(caption, out);
    out.append("</caption><thead><tr>");
    for (int i = 0; i < headers.size(); i++) {
      out.append(i == 0 ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"lodestar-num\">");
      MarkupWriter.escape(headers.get(i), out);
      out.append("</th>");
    }
    out.append("</tr></thead><tbody>");
    if (rows.isEmpty()) {
      out.append("<tr><td colspan=\"").append(headers.size()).append("\">");
      MarkupWriter.escape(emptyText, out);
      out.append("</td></tr>");
    }
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append(i == 0 ? "<th scope=\"row\">" : "<td class=\"lodestar-num\">");
        MarkupWriter.escape(row.get(i), out);
        out.append(i == 0 ? "</th>" : "</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
