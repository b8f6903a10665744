package io.lodestar.pmo.jira.risk.customfield;

/**
 * "Lodestar above appetite": {@link AssessmentFacet#ABOVE_APPETITE} of a risk issue (see {@link
 * AssessmentFacetCFType}).
 */
public final class RiskAboveAppetiteCFType extends AssessmentFacetCFType {
  public RiskAboveAppetiteCFType(IssueRiskAssessments assessments) {
    super(assessments, AssessmentFacet.ABOVE_APPETITE);
  }
}
