package io.lodestar.pmo.jira.risk.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import java.util.Objects;

/**
 * Shows the risk panel on issues of projects with risk settings (their own or the default), and on
 * any other issue that links to at least one issue the viewer may see that is a risk in its own
 * project's settings: mitigation and delivery work often lives in projects without risk settings.
 * The look-ups are {@link RiskPanelLookups}', shared with the context provider, so a shown panel
 * costs them once. No search.
 */
public final class RiskPanelCondition implements Condition {

  private final RiskPanelLookups lookups;

  public RiskPanelCondition(RiskPanelLookups lookups) {
    this.lookups = Objects.requireNonNull(lookups, "lookups");
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
    return lookups.of(issue).shouldDisplay();
  }
}
