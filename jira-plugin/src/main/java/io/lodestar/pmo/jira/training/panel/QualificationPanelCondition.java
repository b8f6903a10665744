package io.lodestar.pmo.jira.training.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import java.util.Objects;

/**
 * Shows the "Qualification &amp; load" panel only on issues something is required of (by their
 * project, issue type or a component), or whose assignee holds a certificate of a type some
 * requirement names ({@link QualificationLookups#shouldDisplay}). No search.
 */
public final class QualificationPanelCondition implements Condition {

  private final QualificationLookups lookups;

  public QualificationPanelCondition(QualificationLookups lookups) {
    this.lookups = Objects.requireNonNull(lookups, "lookups");
  }

  @Override
  public void init(Map<String, String> params) {
    // no parameters
  }

  @Override
  public boolean shouldDisplay(Map<String, Object> context) {
    return context.get(QualificationPanelContextProvider.ISSUE) instanceof Issue issue
        && lookups.shouldDisplay(issue);
  }
}
