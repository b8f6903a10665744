package io.lodestar.pmo.jira.risk.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import io.lodestar.pmo.app.risk.panel.RiskFieldViews;
import java.util.Map;
import java.util.Objects;

/**
 * "Lodestar risk level": the label of the band of a risk issue's current assessment (e.g. {@code
 * High}), null for any other issue ({@link RiskFieldViews}, as the sandbox's issue view shows it).
 * Indexed by Jira's exact text searcher, so that {@code "Lodestar risk level" = High} works. Same
 * cost profile as {@link RiskScoreCFType}.
 */
public final class RiskLevelCFType extends CalculatedCFType<String, String> {

  /** Velocity parameter holding the {@link LevelView} of the issue, for the coloured lozenge. */
  static final String LEVEL_PARAM = RiskFieldViews.LEVEL_PARAM;

  private final IssueRiskAssessments assessments;

  public RiskLevelCFType(IssueRiskAssessments assessments) {
    this.assessments = Objects.requireNonNull(assessments, "assessments");
  }

  @Override
  public String getValueFromIssue(CustomField field, Issue issue) {
    return assessments.assess(issue).flatMap(a -> RiskFieldViews.levelLabel(a.risk())).orElse(null);
  }

  @Override
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    Map<String, Object> params = super.getVelocityParameters(issue, field, fieldLayoutItem);
    assessments
        .assess(issue)
        .flatMap(a -> RiskFieldViews.level(a.risk()))
        .ifPresent(level -> params.put(LEVEL_PARAM, level));
    return params;
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
