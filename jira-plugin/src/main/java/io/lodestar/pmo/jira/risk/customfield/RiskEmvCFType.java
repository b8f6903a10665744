package io.lodestar.pmo.jira.risk.customfield;

/**
 * "Lodestar risk EMV": {@link AssessmentFacet#EMV} of a risk issue (see {@link
 * AssessmentFacetCFType}).
 */
public final class RiskEmvCFType extends AssessmentFacetCFType {
  public RiskEmvCFType(IssueRiskAssessments assessments) {
    super(assessments, AssessmentFacet.EMV);
  }
}
