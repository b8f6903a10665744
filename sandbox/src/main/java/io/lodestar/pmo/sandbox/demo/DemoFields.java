package io.lodestar.pmo.sandbox.demo;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.NumberMapping;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of the issue types and custom fields of the demo portfolio, and the risk field mapping
 * that points at them. Ids look like Jira's ({@code customfield_10200}) so that the admin page
 * shows what a PMO would see in Jira.
 */
public final class DemoFields {

  /** Issue type ids. */
  public static final String EPIC = "10000";

  public static final String STORY = "10001";
  public static final String TASK = "10002";
  public static final String SUBTASK = "10003";
  public static final String BUG = "10004";
  public static final String RISK = "10100";

  /** Custom field ids of the risk fields. */
  public static final String PROBABILITY = "customfield_10200";

  public static final String IMPACT_COST = "customfield_10201";
  public static final String IMPACT_SCHEDULE = "customfield_10202";
  public static final String IMPACT_SCOPE = "customfield_10203";
  public static final String IMPACT_QUALITY = "customfield_10204";
  public static final String RESIDUAL_PROBABILITY = "customfield_10205";
  public static final String RESIDUAL_IMPACT_COST = "customfield_10206";
  public static final String RESIDUAL_IMPACT_SCHEDULE = "customfield_10207";
  public static final String OWNER = "customfield_10208";
  public static final String REVIEW_DATE = "customfield_10209";
  public static final String COST_MIN = "customfield_10210";
  public static final String COST_MOST_LIKELY = "customfield_10211";
  public static final String COST_MAX = "customfield_10212";
  public static final String SCHEDULE_MIN = "customfield_10213";
  public static final String SCHEDULE_MOST_LIKELY = "customfield_10214";
  public static final String SCHEDULE_MAX = "customfield_10215";
  public static final String CATEGORY = "customfield_10216";
  public static final String RESPONSE = "customfield_10217";

  /** The five levels of the PMBOK scales, as select-list options in order. */
  public static final List<String> LEVELS =
      List.of("Very low", "Low", "Moderate", "High", "Very high");

  /** Options of the category field. */
  public static final List<String> CATEGORIES =
      List.of("Technical", "Commercial", "Resource", "External", "Regulatory");

  /** Options of the response field (threat strategies). */
  public static final List<String> RESPONSES =
      List.of("Avoid", "Mitigate", "Transfer", "Accept", "Escalate");

  /** Link type from a risk to its mitigation work. */
  public static final String MITIGATES = "Mitigates";

  private DemoFields() {}

  /** The mapping of the demo's risk fields. */
  public static RiskFieldMapping mapping() {
    return RiskFieldMapping.builder()
        .riskIssueTypeIds(Set.of(RISK))
        .inherent(
            RatingFieldIds.of(
                PROBABILITY,
                Map.of(
                    ImpactDimension.COST, IMPACT_COST,
                    ImpactDimension.SCHEDULE, IMPACT_SCHEDULE,
                    ImpactDimension.SCOPE, IMPACT_SCOPE,
                    ImpactDimension.QUALITY, IMPACT_QUALITY)))
        .residual(
            RatingFieldIds.of(
                RESIDUAL_PROBABILITY,
                Map.of(
                    ImpactDimension.COST, RESIDUAL_IMPACT_COST,
                    ImpactDimension.SCHEDULE, RESIDUAL_IMPACT_SCHEDULE)))
        .ownerFieldId(OWNER)
        .reviewDateFieldId(REVIEW_DATE)
        .categoryFieldId(CATEGORY)
        .responseFieldId(RESPONSE)
        .cost(ThreePointFieldIds.of(COST_MIN, COST_MOST_LIKELY, COST_MAX))
        .schedule(ThreePointFieldIds.of(SCHEDULE_MIN, SCHEDULE_MOST_LIKELY, SCHEDULE_MAX))
        .numberMapping(NumberMapping.RANK)
        .build();
  }
}
