package io.lodestar.pmo.app.standardization.diagram;

import java.util.Objects;

/**
 * A drawn workflow: the SVG and its table, both escaped HTML/SVG built by {@link WorkflowDiagram}.
 *
 * @param name the workflow's name (plain text)
 * @param svg a complete, well-formed SVG element with {@code role="img"}, title and description
 * @param table an HTML table with one row per status and outgoing transition
 */
public record WorkflowDiagramView(String name, String svg, String table) {

  public WorkflowDiagramView {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(table, "table");
  }

  /**
   * The SVG for a Velocity template: escaped where it was built, so printed as it is (Jira's
   * Velocity does not escape references whose name ends in {@code Html}).
   */
  public String svgHtml() {
    return svg;
  }

  /** The table for a Velocity template, escaped where it was built. */
  public String tableHtml() {
    return table;
  }
}
