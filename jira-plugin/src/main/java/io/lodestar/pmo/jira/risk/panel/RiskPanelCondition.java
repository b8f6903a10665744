package io.lodestar.pmo.jira.risk.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.lodestar.pmo.app.risk.panel.LinkedRisks;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.IssueLinks;
import java.util.Map;
import java.util.Objects;

/**
 * Shows the risk panel on issues of projects with risk settings (their own or the default), and on
 * any other issue that links to at least one issue the viewer may see that is a risk in its own
 * project's settings: mitigation and delivery work often lives in projects without risk settings.
 * Cost: one settings lookup; for an unconfigured project also one link lookup and one settings
 * lookup per distinct linked project. No search.
 */
public final class RiskPanelCondition implements Condition {

  private final ProjectRiskContexts contexts;
  private final IssueLinks links;
  private final CurrentUser currentUser;

  public RiskPanelCondition(
      ProjectRiskContexts contexts, IssueLinks links, CurrentUser currentUser) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.links = Objects.requireNonNull(links, "links");
    this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
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
    if (contexts.forProject(issue.getProjectObject().getKey()).isPresent()) {
      return true;
    }
    return new LinkedRisks(contexts)
        .anyRisk(links.linkedTo(issue.getKey(), currentUser.get().orElse(null)));
  }
}
