package io.lodestar.pmo.jira.risk.customfield;

/**
 * "Lodestar review day": {@link AssessmentFacet#REVIEW_DAY} of a risk issue (see {@link
 * AssessmentFacetCFType}).
 */
public final class RiskReviewDayCFType extends AssessmentFacetCFType {
  public RiskReviewDayCFType(IssueRiskAssessments assessments) {
    super(assessments, AssessmentFacet.REVIEW_DAY);
  }
}
