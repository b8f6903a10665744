package io.lodestar.pmo.engine.risk.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskFieldMappingTest {

  @Test
  void fieldIds_listsEveryMappedFieldOnce_inRatingThenAttributeOrder() {
    RiskFieldMapping mapping =
        RiskFieldMapping.builder()
            .riskIssueTypeIds(Set.of("10100"))
            .inherent(
                RatingFieldIds.of(
                    "cf_p", Map.of(ImpactDimension.COST, "cf_c", ImpactDimension.QUALITY, "cf_q")))
            // the residual probability shares the inherent field: listed once
            .residual(RatingFieldIds.of("cf_p", ImpactDimension.COST, "cf_rc"))
            .ownerFieldId("assignee")
            .reviewDateFieldId("cf_review")
            .build();

    assertThat(mapping.fieldIds())
        .containsExactly("cf_p", "cf_c", "cf_q", "cf_rc", "assignee", "cf_review");
  }

  @Test
  void fieldIds_isEmpty_whenNothingIsMapped() {
    assertThat(RiskFieldMapping.builder().build().fieldIds()).isEmpty();
  }
}
