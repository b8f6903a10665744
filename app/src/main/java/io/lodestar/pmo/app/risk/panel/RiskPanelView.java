package io.lodestar.pmo.app.risk.panel;

import io.lodestar.pmo.app.risk.web.LevelView;
import java.util.List;

/**
 * What the issue panel shows. On a risk issue: its current level, inherent → residual, its cell in
 * the matrix and mitigation progress. On any other issue of a configured project: the risks linked
 * to it that the viewer may see.
 *
 * @param risk whether the issue itself is a risk
 * @param current the current score and level (residual when rated, else inherent)
 * @param inherent the inherent score and level
 * @param residual the residual score and level
 * @param matrix the model's matrix, highest probability first, the current cell marked
 * @param mitigation e.g. "2 of 5 done", translated; empty when there is no mitigation work
 * @param mitigationPercent whole percent of mitigation work done
 * @param linkedRisks the visible risks linked to a non-risk issue
 * @param hiddenNotice "N linked issues hidden", translated; empty when none
 */
public record RiskPanelView(
    boolean risk,
    LevelView current,
    LevelView inherent,
    LevelView residual,
    List<List<MatrixCell>> matrix,
    String mitigation,
    int mitigationPercent,
    List<LinkedRiskView> linkedRisks,
    String hiddenNotice) {

  public RiskPanelView {
    matrix = matrix.stream().map(List::copyOf).toList();
    linkedRisks = List.copyOf(linkedRisks);
  }

  /**
   * @return whether there is mitigation work to report
   */
  public boolean hasMitigation() {
    return !mitigation.isEmpty();
  }

  /**
   * @return whether some linked issues are hidden from the viewer
   */
  public boolean hasHidden() {
    return !hiddenNotice.isEmpty();
  }

  /**
   * @return whether any visible risk is linked
   */
  public boolean hasLinkedRisks() {
    return !linkedRisks.isEmpty();
  }

  /**
   * One cell of the small matrix.
   *
   * @param colour the band colour
   * @param title the band label and score, for the tooltip
   * @param current whether the current assessment lies here
   */
  public record MatrixCell(String colour, String title, boolean current) {}

  /**
   * A risk linked to the issue.
   *
   * @param key its issue key
   * @param summary its summary
   * @param url its issue URL
   */
  public record LinkedRiskView(String key, String summary, String url) {}
}
