package io.lodestar.pmo.app.risk.web;

import java.util.List;

/**
 * A tornado chart as inline SVG, laid out here so that the template only prints coordinates: one
 * horizontal bar per risk, longest (largest share of the simulated variance) on top, each bar's
 * length relative to the longest. The same bars are listed in a table beside it ({@link #bars()}),
 * and the SVG carries a {@code <title>} and {@code <desc>}, so the chart reads without sight.
 *
 * @param title the chart's title, e.g. "Cost: where the spread comes from"
 * @param description the chart's text alternative, e.g. "Bars are each risk's share of …"
 * @param width SVG width, px
 * @param height SVG height, px
 * @param bars the bars, top to bottom
 * @param note how many of the risks are drawn, when not all are; empty otherwise
 */
public record TornadoView(
    String title, String description, int width, int height, List<Bar> bars, String note) {

  /** Most bars drawn. */
  public static final int MAX_BARS = 10;

  static final int WIDTH = 560;
  static final int LABEL_WIDTH = 96;
  static final int VALUE_WIDTH = 72;
  static final int ROW_HEIGHT = 26;
  static final int BAR_HEIGHT = 18;
  static final int PADDING = 6;

  public TornadoView {
    bars = List.copyOf(bars);
  }

  /**
   * @return whether there is any bar to draw (no risk has an estimate in this dimension otherwise)
   */
  public boolean hasBars() {
    return !bars.isEmpty();
  }

  /**
   * Lays out the bars.
   *
   * @param entries the bars' data, top to bottom, at most {@value #MAX_BARS}
   */
  static TornadoView of(String title, String description, List<Entry> entries, String note) {
    double longest = entries.stream().mapToDouble(Entry::share).max().orElse(0);
    int barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    List<Bar> bars = new java.util.ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      int y = PADDING + i * ROW_HEIGHT;
      int length = longest <= 0 ? 0 : (int) Math.max(1, Math.round(e.share() / longest * barSpace));
      bars.add(
          new Bar(
              e.issueKey(),
              e.issueUrl(),
              e.shareText(),
              e.emv(),
              e.swing(),
              e.tooltip(),
              LABEL_WIDTH - 8,
              LABEL_WIDTH,
              y,
              length,
              BAR_HEIGHT,
              y + BAR_HEIGHT - 5,
              LABEL_WIDTH + length + 6));
    }
    int height = PADDING * 2 + Math.max(1, entries.size()) * ROW_HEIGHT;
    return new TornadoView(title, description, WIDTH, height, bars, note);
  }

  /**
   * A bar's data, before layout.
   *
   * @param share the risk's share of the variance, 0..1
   * @param shareText the share as text, e.g. "42.1 %"
   */
  record Entry(
      String issueKey,
      String issueUrl,
      double share,
      String shareText,
      String emv,
      String swing,
      String tooltip) {}

  /**
   * One bar, laid out.
   *
   * @param issueKey the risk
   * @param issueUrl its issue page
   * @param share its share of the variance, formatted
   * @param emv its EMV (probability × mean impact), formatted with the unit
   * @param swing its mean impact if it occurs, formatted with the unit
   * @param tooltip the bar's {@code <title>}
   * @param labelX right edge of the key label
   * @param x left edge of the bar
   * @param y top of the bar
   * @param length the bar's length, px
   * @param barHeight the bar's height, px
   * @param textY baseline of the bar's texts
   * @param valueX left edge of the share label
   */
  public record Bar(
      String issueKey,
      String issueUrl,
      String share,
      String emv,
      String swing,
      String tooltip,
      int labelX,
      int x,
      int y,
      int length,
      int barHeight,
      int textY,
      int valueX) {}
}
