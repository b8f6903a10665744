package io.lodestar.pmo.jira.risk.customfield;

/**
 * "Lodestar residual cell": {@link AssessmentFacet#RESIDUAL_CELL} of a risk issue (see {@link
 * AssessmentFacetCFType}).
 */
public final class RiskResidualCellCFType extends AssessmentFacetCFType {
  public RiskResidualCellCFType(IssueRiskAssessments assessments) {
    super(assessments, AssessmentFacet.RESIDUAL_CELL);
  }
}
