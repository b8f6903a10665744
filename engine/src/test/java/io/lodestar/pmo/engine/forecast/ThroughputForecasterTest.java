package io.lodestar.pmo.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.shared.Outcome;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's throughput forecast tests. */
class ThroughputForecasterTest {

  private final ThroughputForecaster target = new ThroughputForecaster();

  private static WhenForecast ok(Outcome<WhenForecast> outcome) {
    return ((Outcome.Ok<WhenForecast>) outcome).value();
  }

  @Test
  void when_shouldGiveCeilOfItemsOverRate_atEveryPercentile_whenThroughputIsConstant() {
    ThroughputHistory threeADay = ThroughputHistory.of(3, 3, 3, 3, 3);

    WhenForecast forecast = ok(target.when(threeADay, 10, ForecastSettings.of(7L)));

    assertThat(List.of(forecast.p50(), forecast.p70(), forecast.p85(), forecast.p95()))
        .containsOnly(4);
    assertThat(forecast.beyondHorizon()).isZero();
  }

  @Test
  void when_shouldReproduceResults_forTheSameSeed_andVaryWithAnother() {
    ThroughputHistory history = ThroughputHistory.of(0, 2, 5, 1, 0, 0, 3, 4, 1, 0);

    WhenForecast first = ok(target.when(history, 60, ForecastSettings.of(11L)));
    WhenForecast again = ok(target.when(history, 60, ForecastSettings.of(11L)));
    List<WhenForecast> others =
        java.util.stream.LongStream.range(100, 110)
            .mapToObj(seed -> ok(target.when(history, 60, ForecastSettings.of(seed))))
            .toList();

    assertThat(again).isEqualTo(first);
    assertThat(others).anyMatch(other -> !other.equals(first));
  }

  @Test
  void when_shouldBeNotFound_whenTheHistoryFinishedNothing() {
    Outcome<WhenForecast> outcome =
        target.when(ThroughputHistory.of(0, 0, 0), 5, ForecastSettings.of(1L));

    assertThat(outcome)
        .isEqualTo(new Outcome.NotFound<>(ThroughputForecaster.NO_THROUGHPUT, List.of()));
  }

  @Test
  void when_shouldCountTrialsBeyondTheHorizon() {
    ThroughputHistory oneInTen = ThroughputHistory.of(1, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    WhenForecast forecast = ok(target.when(oneInTen, 50, new ForecastSettings(1_000, 3L, 100)));

    assertThat(forecast.beyondHorizon()).isGreaterThan(900);
    assertThat(forecast.isBeyondHorizon(forecast.p95())).isTrue();
  }

  @Test
  void howMany_shouldReadAnEightyFivePercentChanceAsTheFifteenthPercentile() {
    ThroughputHistory history = ThroughputHistory.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    HowManyForecast forecast = target.howMany(history, 20, ForecastSettings.of(5L));

    assertThat(forecast.atLeast85()).isLessThan(forecast.atLeast50());
    assertThat(forecast.atLeast95()).isLessThanOrEqualTo(forecast.atLeast85());
    // 20 days of mean 4.5 and sd 2.87: median near 90, 15th percentile near 90 − 1.04·12.8.
    assertThat(forecast.atLeast50()).isBetween(85L, 95L);
    assertThat(forecast.atLeast85()).isBetween(70L, 84L);
  }

  @Test
  void howMany_shouldBeExact_whenThroughputIsConstant() {
    HowManyForecast forecast =
        target.howMany(ThroughputHistory.of(2, 2), 15, ForecastSettings.of(9L));

    assertThat(List.of(forecast.atLeast50(), forecast.atLeast85(), forecast.atLeast95()))
        .containsOnly(30L);
  }

  @Test
  void inputs_shouldBeRefusedWithTheirName() {
    assertThatThrownBy(() -> ThroughputHistory.of(1, -2)).hasMessageContaining("daily[1]");
    assertThatThrownBy(() -> target.when(ThroughputHistory.of(1), -1, ForecastSettings.of(1L)))
        .hasMessageContaining("items");
    assertThatThrownBy(() -> new ForecastSettings(10, 1L, 10)).hasMessageContaining("trials");
  }

  @Property(tries = 50)
  void percentiles_shouldBeMonotone(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 12) Integer> days,
      @ForAll @IntRange(min = 0, max = 400) int items) {
    ThroughputHistory history =
        ThroughputHistory.of(days.stream().mapToInt(Integer::intValue).toArray());
    Outcome<WhenForecast> outcome =
        target.when(history, items, new ForecastSettings(500, 42L, 2_600));

    if (outcome instanceof Outcome.Ok<WhenForecast> ok) {
      WhenForecast f = ok.value();
      assertThat(f.p50()).isLessThanOrEqualTo(f.p70());
      assertThat(f.p70()).isLessThanOrEqualTo(f.p85());
      assertThat(f.p85()).isLessThanOrEqualTo(f.p95());
    } else {
      assertThat(history.hasThroughput()).isFalse();
    }
  }
}
