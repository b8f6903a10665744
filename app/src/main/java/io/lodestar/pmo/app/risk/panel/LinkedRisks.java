package io.lodestar.pmo.app.risk.panel;

import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import io.lodestar.pmo.app.shared.host.MitigationProgress;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The two rules the risk panel applies to an issue's links.
 *
 * <p><b>Is a linked issue a risk?</b> Yes when its issue type is a risk type in the settings of
 * <em>its own</em> project, whatever the viewed issue's project: mitigation and delivery work often
 * lives in projects without risk settings, and the risks linked to it must show there too. One
 * settings lookup per distinct linked project (an issue has tens of links), answered by the
 * settings store and its cluster-safe cache; nothing is searched.
 *
 * <p><b>Mitigation progress of a risk</b>: the risk's visible linked issues that are not themselves
 * risks, of any link type, done / total, with the count of linked issues the viewer may not see.
 * (The risk record read for the panel carries no mitigation keys: links are the panel's only
 * source, loaded as the viewer.)
 */
public final class LinkedRisks {

  private final ProjectRiskContexts contexts;

  public LinkedRisks(ProjectRiskContexts contexts) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
  }

  /**
   * @return "is a risk of its own project", looking each project's settings up once; for one
   *     request only (the memo is not shared)
   */
  public Predicate<LinkedIssue> isRisk() {
    Map<String, Optional<ProjectRiskContext>> byProject = new HashMap<>();
    return issue ->
        byProject
            .computeIfAbsent(issue.projectKey(), contexts::forProject)
            .map(c -> c.isRiskType(issue.issueTypeId()))
            .orElse(false);
  }

  /**
   * @param linked the viewer's view of the risk's links; empty when unknown
   * @return whether at least one visible linked issue is a risk of its own project
   */
  public boolean anyRisk(Optional<LinkedIssues> linked) {
    Predicate<LinkedIssue> risk = isRisk();
    return linked.map(l -> l.visible().stream().anyMatch(risk)).orElse(false);
  }

  /**
   * @param linked the viewer's view of the risk's links; empty when unknown
   * @param isRisk which linked issues are risks (not mitigation work)
   * @return the mitigation progress by the rule above
   */
  public static MitigationProgress progress(
      Optional<LinkedIssues> linked, Predicate<LinkedIssue> isRisk) {
    return linked.map(l -> l.progress(isRisk.negate())).orElse(new MitigationProgress(0, 0, 0));
  }
}
