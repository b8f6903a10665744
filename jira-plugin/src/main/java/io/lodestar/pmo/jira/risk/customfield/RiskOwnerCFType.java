package io.lodestar.pmo.jira.risk.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.Objects;

/**
 * "Lodestar risk owner key": the Jira user key of a risk issue's owner (as its project's mapping
 * reads it), null when unowned or not a risk. Indexed by Jira's exact text searcher, so that the
 * register's owner filter is one JQL term ({@code cf[id] = "JIRAUSER10100"}, the value quoted).
 * Same cost profile as {@link AssessmentFacetCFType}.
 */
public final class RiskOwnerCFType extends CalculatedCFType<String, String> {

  private final IssueRiskAssessments assessments;

  public RiskOwnerCFType(IssueRiskAssessments assessments) {
    this.assessments = Objects.requireNonNull(assessments, "assessments");
  }

  @Override
  public String getValueFromIssue(CustomField field, Issue issue) {
    return assessments.assess(issue).map(a -> a.materialised().ownerKey()).orElse(null);
  }

  @Override
  public String getStringFromSingularObject(String value) {
    return value;
  }

  @Override
  public String getSingularObjectFromString(String text) {
    return text;
  }
}
