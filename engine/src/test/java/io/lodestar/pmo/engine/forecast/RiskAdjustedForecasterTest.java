package io.lodestar.pmo.engine.forecast;

import static io.lodestar.pmo.engine.risk.exposure.ImpactDistribution.PERT;
import static io.lodestar.pmo.engine.risk.exposure.ImpactDistribution.TRIANGULAR;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.exposure.ThreePointEstimate;
import io.lodestar.pmo.engine.shared.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's risk-adjusted delivery forecast laws. */
class RiskAdjustedForecasterTest {

  private static final ThroughputHistory HISTORY =
      ThroughputHistory.of(0, 2, 5, 1, 0, 0, 3, 4, 1, 0, 2, 2);

  private final RiskAdjustedForecaster target = new RiskAdjustedForecaster();

  private static RiskAdjustedForecast ok(Outcome<RiskAdjustedForecast> outcome) {
    return ((Outcome.Ok<RiskAdjustedForecast>) outcome).value();
  }

  @Test
  void adjusted_shouldEqualPlain_whenEveryProbabilityIsZero() {
    List<ScheduleRisk> risks =
        List.of(
            new ScheduleRisk("R-1", 0.0, ThreePointEstimate.of(2, 5, 20)),
            new ScheduleRisk("R-2", 0.0, ThreePointEstimate.of(1, 1, 3)));

    RiskAdjustedForecast forecast =
        ok(target.when(HISTORY, 80, risks, PERT, ForecastSettings.of(3L)));

    assertThat(forecast.adjusted()).isEqualTo(forecast.plain());
  }

  @Test
  void plain_shouldBeTheThroughputForecastsDates() {
    RiskAdjustedForecast forecast =
        ok(target.when(HISTORY, 80, List.of(), TRIANGULAR, ForecastSettings.of(3L)));
    WhenForecast plain =
        ((Outcome.Ok<WhenForecast>)
                new ThroughputForecaster().when(HISTORY, 80, ForecastSettings.of(3L)))
            .value();

    assertThat(forecast.plain().p50()).isEqualTo(plain.p50());
    assertThat(forecast.plain().p95()).isEqualTo(plain.p95());
  }

  @Test
  void everyPercentile_shouldMoveByExactlyD_forOneCertainRiskOfFixedImpact() {
    List<ScheduleRisk> certain = List.of(new ScheduleRisk("R-9", 1.0, ThreePointEstimate.fixed(6)));

    RiskAdjustedForecast forecast =
        ok(target.when(HISTORY, 80, certain, PERT, ForecastSettings.of(3L)));

    assertThat(forecast.adjusted().p50()).isEqualTo(forecast.plain().p50() + 6);
    assertThat(forecast.adjusted().p80()).isEqualTo(forecast.plain().p80() + 6);
    assertThat(forecast.adjusted().p95()).isEqualTo(forecast.plain().p95() + 6);
  }

  @Test
  void adjusted_shouldBeLater_andReproducible_withLikelyRisks() {
    List<ScheduleRisk> risks =
        List.of(
            new ScheduleRisk("R-1", 0.5, ThreePointEstimate.of(2, 5, 20)),
            new ScheduleRisk("R-2", 0.3, ThreePointEstimate.of(1, 4, 9)));

    RiskAdjustedForecast first = ok(target.when(HISTORY, 80, risks, PERT, ForecastSettings.of(8L)));
    RiskAdjustedForecast again = ok(target.when(HISTORY, 80, risks, PERT, ForecastSettings.of(8L)));

    assertThat(again).isEqualTo(first);
    assertThat(first.adjusted().p80()).isGreaterThan(first.plain().p80());
    assertThat(first.risks()).isEqualTo(2);
  }
}
