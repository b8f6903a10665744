package io.lodestar.pmo.app.risk.web;

import java.util.List;

/**
 * The register at a glance, beside the table: counts, EMV, appetite and the worst active risks, as
 * the engine's {@code RegisterSummary} has them; translated and formatted.
 *
 * @param counts the headline figures (total, active, overdue, above appetite, EMV), in order
 * @param statuses risks per status
 * @param bands active rated risks per current band, worst band first, then the unrated
 * @param appetite the project's appetite band and what lies above it, or that it has none
 * @param top the worst active risks, worst first
 * @param emptyTop what to say when no active risk is rated
 */
public record RegisterSummaryView(
    List<Figure> counts,
    List<Figure> statuses,
    List<BandCount> bands,
    String appetite,
    List<TopRisk> top,
    String emptyTop) {

  public RegisterSummaryView {
    counts = List.copyOf(counts);
    statuses = List.copyOf(statuses);
    bands = List.copyOf(bands);
    top = List.copyOf(top);
  }

  /**
   * @return whether any active risk is rated, so that there are top risks to list
   */
  public boolean hasTop() {
    return !top.isEmpty();
  }

  /**
   * One labelled figure.
   *
   * @param name a stable name for the page's landmarks (e.g. {@code threatEmv})
   * @param label the translated label
   * @param value the formatted value
   */
  public record Figure(String name, String label, String value) {}

  /**
   * Active risks of one band.
   *
   * @param label the band label (or "not rated")
   * @param colour the band colour
   * @param count how many
   */
  public record BandCount(String label, String colour, long count) {}

  /**
   * One of the worst active risks.
   *
   * @param issueKey the risk's key
   * @param issueUrl its issue page
   * @param title its summary
   * @param level its current level
   * @param emv its EMV with the currency, or empty when it has no cost impact
   */
  public record TopRisk(
      String issueKey, String issueUrl, String title, LevelView level, String emv) {}
}
