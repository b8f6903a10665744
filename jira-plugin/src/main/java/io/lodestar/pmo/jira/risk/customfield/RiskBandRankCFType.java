package io.lodestar.pmo.jira.risk.customfield;

/**
 * "Lodestar risk band rank": {@link AssessmentFacet#BAND_RANK} of a risk issue (see {@link
 * AssessmentFacetCFType}).
 */
public final class RiskBandRankCFType extends AssessmentFacetCFType {
  public RiskBandRankCFType(IssueRiskAssessments assessments) {
    super(assessments, AssessmentFacet.BAND_RANK);
  }
}
