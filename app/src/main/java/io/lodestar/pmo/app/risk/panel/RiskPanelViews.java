package io.lodestar.pmo.app.risk.panel;

import io.lodestar.pmo.app.risk.panel.RiskPanelView.LinkedRiskView;
import io.lodestar.pmo.app.risk.panel.RiskPanelView.MatrixCell;
import io.lodestar.pmo.app.risk.web.LevelView;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.MitigationProgress;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.CellEvaluation;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the issue panel's {@link RiskPanelView} from what a host looked up about one viewed issue:
 * the same view in Jira (the web panel's context provider) and in the sandbox's issue view, both
 * rendering {@link #TEMPLATE} with the view as {@code $panel} and a {@link WebText} as {@code
 * $text}.
 */
public final class RiskPanelViews {

  /** The panel's template, as the Jira web-panel module names it. */
  public static final String TEMPLATE = "templates/risk/issue-panel.vm";

  private RiskPanelViews() {}

  /**
   * The panel of a risk issue.
   *
   * @param risk the issue's assessment under its project's model
   * @param context its project's settings and model
   * @param progress the viewer's view of its mitigation work (linked non-risk issues)
   * @param hiddenCount linked issues the viewer may not see
   * @param text the viewer's texts
   */
  public static RiskPanelView ofRisk(
      AssessedRisk risk,
      ProjectRiskContext context,
      MitigationProgress progress,
      int hiddenCount,
      WebText text) {
    String mitigation =
        progress.total() == 0
            ? ""
            : text.format2(
                "lodestar.risk.panel.mitigation.progress", progress.done(), progress.total());
    String unrated = text.get("lodestar.risk.panel.unrated");
    return new RiskPanelView(
        true,
        LevelView.of(risk.current(), unrated),
        LevelView.of(risk.inherent(), unrated),
        LevelView.of(risk.residual(), unrated),
        matrix(ModelPreview.of(context.model()), risk.current().cellIfRated().orElse(null)),
        mitigation,
        progress.percentDone(),
        List.of(),
        hidden(hiddenCount, text));
  }

  /**
   * The panel of an issue that is not a risk: the risks linked to it.
   *
   * @param linkedRisks the visible linked issues that are risks of their own projects
   * @param hiddenCount linked issues the viewer may not see
   * @param contextPath the host's context path, for the issues' links
   * @param text the viewer's texts
   */
  public static RiskPanelView ofLinkedRisks(
      List<LinkedIssue> linkedRisks, int hiddenCount, String contextPath, WebText text) {
    List<LinkedRiskView> risks = new ArrayList<>();
    for (LinkedIssue issue : linkedRisks) {
      risks.add(
          new LinkedRiskView(
              issue.key(), issue.summary(), RiskWebPaths.issue(contextPath, issue.key())));
    }
    LevelView none = LevelView.unrated(text.get("lodestar.risk.panel.unrated"));
    return new RiskPanelView(
        false, none, none, none, List.of(), "", 0, risks, hidden(hiddenCount, text));
  }

  private static String hidden(int hidden, WebText text) {
    return hidden == 0 ? "" : text.format("lodestar.risk.panel.hidden", hidden);
  }

  private static List<List<MatrixCell>> matrix(ModelPreview preview, Cell current) {
    List<List<MatrixCell>> rows = new ArrayList<>();
    for (ModelPreview.Row row : preview.rows()) {
      List<MatrixCell> cells = new ArrayList<>();
      for (CellEvaluation cell : row.cells()) {
        cells.add(
            new MatrixCell(
                cell.band().colour(),
                cell.band().label() + " " + cell.score().toPlainString(),
                cell.cell().equals(current)));
      }
      rows.add(cells);
    }
    return rows;
  }
}
