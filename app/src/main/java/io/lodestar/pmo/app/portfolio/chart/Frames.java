package io.lodestar.pmo.app.portfolio.chart;

import io.lodestar.pmo.app.shared.markup.MarkupWriter;

/** The SVG element every chart starts with, and the empty state. */
final class Frames {

  static final int EMPTY_HEIGHT = 160;

  private Frames() {}

  /**
   * Opens the {@code <svg>} with its namespace, size, {@code role="img"}, and the {@code <title>}
   * and {@code <desc>} it is labelled by; the caller closes it.
   */
  static MarkupWriter open(String id, int width, int height, String title, String description) {
    MarkupWriter svg = new MarkupWriter();
    svg.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "class",
        "lodestar-chart",
        "width",
        String.valueOf(width),
        "height",
        String.valueOf(height),
        "viewBox",
        "0 0 " + width + " " + height,
        "role",
        "img",
        "aria-labelledby",
        id + "-title " + id + "-desc",
        "font-family",
        "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif");
    svg.text("title", title, "id", id + "-title");
    svg.text("desc", description, "id", id + "-desc");
    svg.empty(
        "rect",
        "x",
        "0",
        "y",
        "0",
        "width",
        String.valueOf(width),
        "height",
        String.valueOf(height),
        "fill",
        "#FFFFFF");
    return svg;
  }

  /** A chart with nothing to draw: its title and why. */
  static String empty(String id, int width, String title, String reason) {
    MarkupWriter svg = open(id, width, EMPTY_HEIGHT, title, reason);
    svg.text(
        "text",
        title,
        "class",
        "lodestar-chart-title",
        "x",
        16.0,
        "y",
        28.0,
        "font-size",
        "16",
        "font-weight",
        "600",
        "fill",
        "#172B4D");
    svg.empty(
        "rect",
        "x",
        16.0,
        "y",
        44.0,
        "width",
        String.valueOf(width - 32),
        "height",
        "96",
        "fill",
        "#F7F8F9",
        "stroke",
        "#DCDFE4",
        "stroke-dasharray",
        "4 3");
    svg.text(
        "text",
        reason,
        "class",
        "lodestar-chart-empty",
        "x",
        width / 2.0,
        "y",
        97.0,
        "text-anchor",
        "middle",
        "font-size",
        "13",
        "fill",
        "#44546F");
    return svg.close().toXml();
  }
}
