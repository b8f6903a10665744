package io.lodestar.pmo.jira.risk.customfield;

/**
 * "Lodestar risk status code": {@link AssessmentFacet#STATUS} of a risk issue (see {@link
 * AssessmentFacetCFType}).
 */
public final class RiskStatusCFType extends AssessmentFacetCFType {
  public RiskStatusCFType(IssueRiskAssessments assessments) {
    super(assessments, AssessmentFacet.STATUS);
  }
}
