package io.lodestar.pmo.engine.risk.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.ThreePointImpact;
import io.lodestar.pmo.engine.risk.exposure.RiskExposureInput;
import io.lodestar.pmo.engine.risk.exposure.ThreePointEstimate;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.LookupModel;
import io.lodestar.pmo.engine.risk.scoring.Scale;
import org.junit.jupiter.api.Test;

class ExposureInputMapperTest {

  private static Risk.Builder threat() {
    return Risk.builder("ABC-1", "ABC", "Late delivery")
        .inherent(RiskRating.of(4, ImpactDimension.SCHEDULE, 3))
        .residual(RiskRating.of(2, ImpactDimension.SCHEDULE, 3))
        .costImpact(ThreePointImpact.of("1000", "2000", "6000"))
        .scheduleImpact(ThreePointImpact.of("5", "10", "20"));
  }

  @Test
  void pmbokThreat_usesTheInherentProbabilityValue() {
    RiskExposureInput input =
        ExposureInputMapper.map(threat().build(), FormulaModel.pmbokDefault()).orElseThrow();
    assertThat(input.riskKey()).isEqualTo("ABC-1");
    assertThat(input.probability()).isEqualTo(0.70);
    assertThat(input.cost()).isEqualTo(ThreePointEstimate.of(1000, 2000, 6000));
    assertThat(input.schedule()).isEqualTo(ThreePointEstimate.of(5, 10, 20));
  }

  @Test
  void residualState_canBeChosenExplicitly() {
    RiskExposureInput input =
        ExposureInputMapper.map(threat().build(), FormulaModel.pmbokDefault(), RiskState.RESIDUAL)
            .orElseThrow();
    assertThat(input.probability()).isEqualTo(0.30);
  }

  @Test
  void ordinalProbabilityScale_usesTheMidpointConvention() {
    LookupModel ordinal =
        LookupModel.of(
            "ordinal",
            Scale.ordinal(5),
            Scale.ordinal(5),
            io.lodestar.pmo.engine.risk.scoring.CellBanding.of(
                io.lodestar.pmo.engine.risk.scoring.Bands.lowMediumHigh(),
                java.util.Collections.nCopies(5, java.util.Collections.nCopies(5, "low"))));
    assertThat(ExposureInputMapper.map(threat().build(), ordinal).orElseThrow().probability())
        .isEqualTo(0.7);
  }

  @Test
  void opportunitiesClosedRisksUnratedAndUncostedRisks_areExcludedWithAReason() {
    FormulaModel m = FormulaModel.pmbokDefault();
    assertThat(
            ExposureInputMapper.exclusion(
                threat().kind(RiskKind.OPPORTUNITY).build(), m, RiskState.INHERENT))
        .hasValue(ExposureInputMapper.Exclusion.NOT_ACTIVE_THREAT);
    assertThat(
            ExposureInputMapper.exclusion(
                threat().status(RiskStatus.CLOSED).build(), m, RiskState.INHERENT))
        .hasValue(ExposureInputMapper.Exclusion.NOT_ACTIVE_THREAT);
    assertThat(
            ExposureInputMapper.exclusion(
                threat().inherent(RiskRating.UNRATED).build(), m, RiskState.INHERENT))
        .hasValue(ExposureInputMapper.Exclusion.NO_PROBABILITY);
    assertThat(
            ExposureInputMapper.exclusion(
                threat().inherent(RiskRating.of(9, ImpactDimension.COST, 1)).build(),
                m,
                RiskState.INHERENT))
        .hasValue(ExposureInputMapper.Exclusion.NO_PROBABILITY);
    assertThat(
            ExposureInputMapper.exclusion(
                threat().costImpact(null).scheduleImpact(null).build(), m, RiskState.INHERENT))
        .hasValue(ExposureInputMapper.Exclusion.NO_IMPACT);
    assertThat(ExposureInputMapper.map(threat().costImpact(null).build(), m).orElseThrow().cost())
        .isNull();
  }
}
