package io.lodestar.pmo.app.risk.panel;

import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import io.lodestar.pmo.app.shared.host.MitigationProgress;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p><b>Mitigation progress of a risk</b>: when the risk's own record names mitigation issues
 * ({@code Risk.mitigationKeys()}, filled by a mapping that designates them), exactly those count:
 * done / total over the ones among the viewer's visible links, and the named ones not among them
 * (hidden from the viewer, or no longer linked) are reported as hidden rather than guessed. Only
 * when the record names none does the panel fall back to the risk's visible linked issues that are
 * not themselves risks, of any link type.
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
   * @param mitigationKeys the mitigation issue keys the risk's record names; never null, may be
   *     empty (then the fallback applies)
   * @param linked the viewer's view of the risk's links; empty when unknown
   * @param isRisk which linked issues are risks (excluded by the fallback)
   * @return the mitigation progress by the rule above
   */
  public static MitigationProgress progress(
      List<String> mitigationKeys, Optional<LinkedIssues> linked, Predicate<LinkedIssue> isRisk) {
    if (mitigationKeys.isEmpty()) {
      return linked.map(l -> l.progress(isRisk.negate())).orElse(new MitigationProgress(0, 0, 0));
    }
    Map<String, LinkedIssue> visible = new HashMap<>();
    linked.ifPresent(l -> l.visible().forEach(i -> visible.putIfAbsent(i.key(), i)));
    Set<String> named = new LinkedHashSet<>(mitigationKeys);
    int done = 0;
    int total = 0;
    int unresolved = 0;
    for (String key : named) {
      LinkedIssue issue = visible.get(key);
      if (issue == null) {
        unresolved++;
      } else {
        total++;
        done += issue.done() ? 1 : 0;
      }
    }
    return new MitigationProgress(done, total, unresolved);
  }
}
