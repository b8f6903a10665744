package io.lodestar.pmo.app.portfolio.web;

import java.util.List;

/** The small view values of the portfolio pages; templates call only these accessors. */
public final class PortfolioViews {

  private PortfolioViews() {}

  /** A link. */
  public record LinkView(String label, String url) {}

  /** A health colour shown with a word and an icon, never colour alone. */
  public record RagView(String word, String icon, String lozenge) {}

  /** An override shown beside the computed health. */
  public record OverrideView(RagView rag, String reason, String until, String by) {}

  /**
   * One row of a children table.
   *
   * @param kindLabel "Program", "Project" or "Epic"
   * @param hidden the row's hidden-items count text, "" when none
   */
  public record RowView(
      String kindLabel,
      String key,
      String name,
      String url,
      String issues,
      String toDo,
      String inProgress,
      String done,
      String points,
      String hours,
      String progress,
      String unestimated,
      String hidden,
      RagView computed,
      OverrideView override) {
    public boolean hasOverride() {
      return override != null;
    }
  }

  /** A node's rollup summary. */
  public record SummaryView(
      String issues,
      String toDo,
      String inProgress,
      String done,
      String points,
      String hours,
      String progress,
      String unestimated,
      String hidden) {}

  /** One earned-value row, amounts formatted in its currency; n/a cells carry the reason. */
  public record EvmView(
      String label,
      String currency,
      String bac,
      String pv,
      String ev,
      String ac,
      String cv,
      String sv,
      String cpi,
      String spi,
      String eac,
      String vac,
      String tcpi,
      String na) {
    public boolean isNa() {
      return na != null && !na.isEmpty();
    }
  }

  /** A strategic objective with the projects serving it. */
  public record ObjectiveView(
      String name, String kpi, String target, String horizon, String serving, String budgetShare) {}

  /** An option of a select. */
  public record OptionView(String value, String label, boolean selected) {}

  /** The override form's state. */
  public record OverrideFormView(
      String action,
      String nodeKey,
      List<OptionView> projects,
      List<OptionView> rags,
      String reason,
      String expiresOn,
      String projectError,
      String ragError,
      String reasonError,
      String expiresOnError,
      String message) {}

  /** Previous / next links of a paged table. */
  public record PagingView(String summary, String previousUrl, String nextUrl) {}
}
