package io.lodestar.pmo.jira.risk.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.pmo.app.risk.panel.LinkedRisks;
import io.lodestar.pmo.app.risk.panel.RiskPanelView;
import io.lodestar.pmo.app.risk.panel.RiskPanelView.LinkedRiskView;
import io.lodestar.pmo.app.risk.panel.RiskPanelView.MatrixCell;
import io.lodestar.pmo.app.risk.web.LevelView;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.IssueLinks;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
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
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Context of the issue-view risk panel ({@code templates/risk/issue-panel.vm}). Reads the issue
 * from the web-fragment context ({@code issue}); everything it adds is a Lodestar view object.
 * Links are filtered by the viewer's browse permission through the {@link IssueLinks} host port;
 * issues the viewer may not see are only counted. Which linked issues are risks and how mitigation
 * progress is counted: {@link LinkedRisks}.
 */
public final class RiskPanelContextProvider implements ContextProvider {

  /** The web-fragment context key of the viewed issue. */
  static final String ISSUE = "issue";

  private final IssueRiskAssessments assessments;
  private final ProjectRiskContexts contexts;
  private final IssueLinks links;
  private final CurrentUser currentUser;
  private final Texts texts;
  private final ApplicationProperties applicationProperties;

  public RiskPanelContextProvider(
      IssueRiskAssessments assessments,
      ProjectRiskContexts contexts,
      IssueLinks links,
      CurrentUser currentUser,
      Texts texts,
      ApplicationProperties applicationProperties) {
    this.assessments = Objects.requireNonNull(assessments, "assessments");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.links = Objects.requireNonNull(links, "links");
    this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
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
    Optional<LinkedIssues> linked = links.linkedTo(issue.getKey(), currentUser.get().orElse(null));
    Optional<IssueRiskAssessments.Assessment> assessment = assessments.assess(issue);
    Predicate<LinkedIssue> isRisk = new LinkedRisks(contexts).isRisk();
    result.put(
        "panel",
        assessment
            .map(a -> riskView(a, linked, isRisk, text))
            .orElseGet(() -> linkedRisksView(linked, isRisk, text)));
    return result;
  }

  private RiskPanelView riskView(
      IssueRiskAssessments.Assessment assessment,
      Optional<LinkedIssues> linked,
      Predicate<LinkedIssue> isRisk,
      WebText text) {
    AssessedRisk risk = assessment.risk();
    ProjectRiskContext context = assessment.context();
    MitigationProgress progress =
        LinkedRisks.progress(risk.risk().mitigationKeys(), linked, isRisk);
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
        hidden(linked, text));
  }

  private RiskPanelView linkedRisksView(
      Optional<LinkedIssues> linked, Predicate<LinkedIssue> isRisk, WebText text) {
    String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
    List<LinkedRiskView> risks = new ArrayList<>();
    for (LinkedIssue issue : linked.map(l -> l.matching(isRisk)).orElse(List.of())) {
      risks.add(
          new LinkedRiskView(issue.key(), issue.summary(), RiskWebPaths.issue(base, issue.key())));
    }
    LevelView none = LevelView.unrated(text.get("lodestar.risk.panel.unrated"));
    return new RiskPanelView(
        false, none, none, none, List.of(), "", 0, risks, hidden(linked, text));
  }

  private static String hidden(Optional<LinkedIssues> linked, WebText text) {
    int hidden = linked.map(LinkedIssues::hiddenCount).orElse(0);
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
