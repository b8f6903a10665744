package io.lodestar.pmo.jira.risk.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import io.lodestar.pmo.app.risk.panel.RiskFieldViews;
import java.util.Objects;

/**
 * "Lodestar risk score": the current score of a risk issue (residual when rated, else inherent)
 * under its project's scoring model, null for any other issue. A {@code Double} so that Jira's
 * number searcher indexes it and JQL such as {@code "Lodestar risk score" >= 0.2} works.
 *
 * <p>Jira calls {@link #getValueFromIssue} while indexing every issue (about a million in a large
 * instance): per project one settings look-up by project id and one field resolution, per issue one
 * read of the mapped fields of the issue in hand and one assessment shared with the level field,
 * never a search (see {@link IssueRiskAssessments}). Values change when the mapped fields change
 * (Jira reindexes the issue) or when an admin changes the model (a re-index is needed, as for any
 * calculated field).
 */
public final class RiskScoreCFType extends CalculatedCFType<Double, Double> {

  private final IssueRiskAssessments assessments;

  public RiskScoreCFType(IssueRiskAssessments assessments) {
    this.assessments = Objects.requireNonNull(assessments, "assessments");
  }

  @Override
  public Double getValueFromIssue(CustomField field, Issue issue) {
    return assessments.assess(issue).flatMap(a -> RiskFieldViews.score(a.risk())).orElse(null);
  }

  @Override
  public String getStringFromSingularObject(Double value) {
    return value == null ? null : value.toString();
  }

  @Override
  public Double getSingularObjectFromString(String text) throws FieldValidationException {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new FieldValidationException("not a number: " + text);
    }
  }
}
