package io.lodestar.pmo.jira.risk.customfield;

/**
 * "Lodestar inherent cell": {@link AssessmentFacet#INHERENT_CELL} of a risk issue (see {@link
 * AssessmentFacetCFType}).
 */
public final class RiskInherentCellCFType extends AssessmentFacetCFType {
  public RiskInherentCellCFType(IssueRiskAssessments assessments) {
    super(assessments, AssessmentFacet.INHERENT_CELL);
  }
}
