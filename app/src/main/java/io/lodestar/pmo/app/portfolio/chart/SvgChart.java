package io.lodestar.pmo.app.portfolio.chart;

import java.util.List;
import java.util.Objects;

/**
 * A rendered chart: the SVG document, its data table and the notes shown under it.
 *
 * @param svg a complete SVG element (with its namespace, {@code role="img"}, {@code <title>} and
 *     {@code <desc>}), well-formed XML, every text escaped; to inline in a page or serve as {@code
 *     image/svg+xml}
 * @param table the same figures as a table
 * @param notes what the drawing leaves out and why (n/a figures, points beyond the horizon); plain
 *     text, also drawn inside the SVG
 * @param empty whether there was nothing to draw (the SVG then says why)
 */
public record SvgChart(String svg, DataTable table, List<String> notes, boolean empty) {

  public SvgChart {
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(table, "table");
    notes = List.copyOf(notes);
  }

  /**
   * The SVG for a Velocity template. Jira's Velocity escapes every reference except those whose
   * name ends in {@code Html}; this markup is escaped where it is built, so printing it as it is is
   * safe, and escaping it again would show the markup as text.
   */
  public String svgHtml() {
    return svg;
  }
}
