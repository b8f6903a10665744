package io.lodestar.pmo.app.risk.web;

/**
 * One row of the register table; every text already translated and formatted.
 *
 * @param issueKey the risk's issue key
 * @param issueUrl link to the issue
 * @param title the issue summary
 * @param owner the owner's display name; empty when unowned
 * @param status the status label
 * @param inherent the inherent score and level
 * @param residual the residual score and level
 * @param reviewDate the review date (ISO), empty when none
 * @param overdue whether the review is overdue
 * @param aboveAppetite whether the risk is above the project's appetite ({@code
 *     RiskAppetite#isAbove})
 * @param problems what could not be read from the issue (e.g. an option with no level), as
 *     translated messages, shown under the title so that a "not rated" says why
 */
public record RegisterRowView(
    String issueKey,
    String issueUrl,
    String title,
    String owner,
    String status,
    LevelView inherent,
    LevelView residual,
    String reviewDate,
    boolean overdue,
    boolean aboveAppetite,
    java.util.List<String> problems) {

  public RegisterRowView {
    problems = java.util.List.copyOf(problems);
  }
}
