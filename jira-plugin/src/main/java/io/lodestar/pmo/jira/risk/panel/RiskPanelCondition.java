package io.lodestar.pmo.jira.risk.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.lodestar.pmo.jira.risk.web.ProjectRiskContexts;
import java.util.Map;
import java.util.Objects;

/**
 * Shows the risk panel only on issues of projects with risk settings (their own or the default), so
 * Lodestar adds nothing to the issue view where it is not used: one settings lookup, no search.
 */
public final class RiskPanelCondition implements Condition {

  private final ProjectRiskContexts contexts;

  public RiskPanelCondition(ProjectRiskContexts contexts) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
  }

  @Override
  public void init(Map<String, String> params) {
    // no parameters
  }

  @Override
  public boolean shouldDisplay(Map<String, Object> context) {
    if (!(context.get(RiskPanelContextProvider.ISSUE) instanceof Issue issue)
        || issue.getProjectObject() == null) {
      return false;
    }
    return contexts.forProject(issue.getProjectObject().getKey()).isPresent();
  }
}
