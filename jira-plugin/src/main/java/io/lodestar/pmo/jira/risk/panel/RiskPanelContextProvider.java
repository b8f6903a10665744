package io.lodestar.pmo.jira.risk.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.pmo.app.risk.panel.RiskPanelView;
import io.lodestar.pmo.app.risk.panel.RiskPanelView.LinkedRiskView;
import io.lodestar.pmo.app.risk.panel.RiskPanelView.MatrixCell;
import io.lodestar.pmo.app.risk.web.LevelView;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.MitigationProgress;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.StateAssessment;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.CellEvaluation;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Context of the issue-view risk panel ({@code templates/risk/issue-panel.vm}). Reads the issue
 * from the web-fragment context ({@code issue}); everything it adds is a Lodestar view object. The
 * look-ups (assessment, the viewer's links, which linked issues are risks, mitigation progress) are
 * {@link RiskPanelLookups}', done once per request and shared with {@link RiskPanelCondition}:
 * links are filtered by the viewer's browse permission, issues the viewer may not see are only
 * counted. Which linked issues are risks and how mitigation progress is counted: {@link
 * io.lodestar.pmo.app.risk.panel.LinkedRisks}.
 */
public final class RiskPanelContextProvider implements ContextProvider {

  /** The web-fragment context key of the viewed issue. */
  static final String ISSUE = "issue";

  private final RiskPanelLookups lookups;
  private final Texts texts;
  private final ApplicationProperties applicationProperties;

  public RiskPanelContextProvider(
      RiskPanelLookups lookups, Texts texts, ApplicationProperties applicationProperties) {
    this.lookups = Objects.requireNonNull(lookups, "lookups");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.applicationProperties =
        Objects.requireNonNull(applicationProperties, "applicationProperties");
  }

  @Override
  public void init(Map<String, String> params) {
    // no parameters
  }

  @Override
  public Map<String, Object> getContextMap(Map<String, Object> context) {
    Map<String, Object> result = new HashMap<>(context);
    WebText text = new WebText(texts);
    result.put("text", text);
    if (!(context.get(ISSUE) instanceof Issue issue)) {
      return result;
    }
    RiskPanelLookups.Facts facts = lookups.of(issue);
    result.put(
        "panel",
        facts
            .assessment()
            .map(a -> riskView(a, facts, text))
            .orElseGet(() -> linkedRisksView(facts, text)));
    return result;
  }

  private RiskPanelView riskView(
      IssueRiskAssessments.Assessment assessment, RiskPanelLookups.Facts facts, WebText text) {
    AssessedRisk risk = assessment.risk();
    ProjectRiskContext context = assessment.context();
    MitigationProgress progress = facts.mitigationProgress();
    String mitigation =
        progress.total() == 0
            ? ""
            : text.format2(
                "lodestar.risk.panel.mitigation.progress", progress.done(), progress.total());
    return new RiskPanelView(
        true,
        level(risk.current(), text),
        level(risk.inherent(), text),
        level(risk.residual(), text),
        matrix(ModelPreview.of(context.model()), risk.current().cellIfRated().orElse(null)),
        mitigation,
        progress.percentDone(),
        List.of(),
        hidden(facts, text));
  }

  private RiskPanelView linkedRisksView(RiskPanelLookups.Facts facts, WebText text) {
    String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
    List<LinkedRiskView> risks = new ArrayList<>();
    for (LinkedIssue issue : facts.linkedRisks()) {
      risks.add(
          new LinkedRiskView(issue.key(), issue.summary(), RiskWebPaths.issue(base, issue.key())));
    }
    LevelView none = LevelView.unrated(text.get("lodestar.risk.panel.unrated"));
    return new RiskPanelView(false, none, none, none, List.of(), "", 0, risks, hidden(facts, text));
  }

  private static String hidden(RiskPanelLookups.Facts facts, WebText text) {
    int hidden = facts.hiddenCount();
    return hidden == 0 ? "" : text.format("lodestar.risk.panel.hidden", hidden);
  }

  static LevelView level(StateAssessment assessment, WebText text) {
    return assessment
        .rated()
        .map(
            r ->
                new LevelView(r.score().toPlainString(), r.band().label(), r.band().colour(), true))
        .orElseGet(() -> LevelView.unrated(text.get("lodestar.risk.panel.unrated")));
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
