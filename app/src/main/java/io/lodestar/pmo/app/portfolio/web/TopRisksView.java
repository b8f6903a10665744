package io.lodestar.pmo.app.portfolio.web;

import io.lodestar.pmo.app.risk.web.LevelView;
import java.util.List;

/**
 * The portfolio or program page's top risks: the {@code N} worst active risks (current score, each
 * project scored with its own model) over the node's projects the viewer may browse, each linking
 * to its issue; and what was left out.
 *
 * @param rows worst first
 * @param hiddenNote how many risks of those projects the viewer may not browse, or empty
 * @param leftOutNote projects of the node left out (not browsable, or without risk settings), or
 *     empty
 * @param empty the text shown when there is no rated active risk
 */
public record TopRisksView(List<Row> rows, String hiddenNote, String leftOutNote, String empty) {
  public TopRisksView {
    rows = List.copyOf(rows);
  }

  public boolean hasRows() {
    return !rows.isEmpty();
  }

  /**
   * One risk.
   *
   * @param key its issue key
   * @param url the issue
   * @param title its summary
   * @param project its project key
   * @param level its current score and level
   * @param emv its expected monetary value, or empty
   */
  public record Row(
      String key, String url, String title, String project, LevelView level, String emv) {}
}
