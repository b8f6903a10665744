package io.lodestar.pmo.jira.risk.customfield;

/**
 * "Lodestar risk kind code": {@link AssessmentFacet#KIND} of a risk issue (see {@link
 * AssessmentFacetCFType}).
 */
public final class RiskKindCFType extends AssessmentFacetCFType {
  public RiskKindCFType(IssueRiskAssessments assessments) {
    super(assessments, AssessmentFacet.KIND);
  }
}
