package io.lodestar.pmo.engine.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

class BandingTest {

  private final ThresholdBanding target =
      ThresholdBanding.of(Bands.lowMediumHighCritical(), "0", "0.05", "0.18", "0.40");

  @Test
  void scoreGetsTheHighestBandWhoseLowerThresholdIsAtMostTheScore() {
    assertThat(target.bandFor(new BigDecimal("0.04")).key()).isEqualTo("low");
    assertThat(target.bandFor(new BigDecimal("0.05")).key()).isEqualTo("medium");
    assertThat(target.bandFor(new BigDecimal("0.179")).key()).isEqualTo("medium");
    assertThat(target.bandFor(new BigDecimal("0.18")).key()).isEqualTo("high");
    assertThat(target.bandFor(new BigDecimal("0.72")).key()).isEqualTo("critical");
  }

  @Test
  void scoreBelowEveryThreshold_getsTheLowestBand() {
    ThresholdBanding fromOne = ThresholdBanding.of(Bands.lowMediumHigh(), "1", "5", "10");
    assertThat(fromOne.bandFor(new BigDecimal("0.5")).key()).isEqualTo("low");
  }

  @Test
  void thresholdsNotAscending_areRejected() {
    assertThatThrownBy(() -> ThresholdBanding.of(Bands.lowMediumHigh(), "0", "5", "5"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bandsWithDuplicateKeysOrBadColours_areRejected() {
    assertThatThrownBy(() -> Bands.of(Band.of("a", "A", "#fff", 1), Band.of("a", "B", "#000", 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Band.of("a", "A", "red", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cellBanding_readsRowsByAscendingProbabilityRank() {
    CellBanding cells =
        CellBanding.of(
            Bands.lowMediumHigh(),
            List.of(
                List.of("low", "low", "medium"),
                List.of("low", "medium", "high"),
                List.of("medium", "high", "high")));
    assertThat(cells.bandFor(Cell.of(1, 3)).key()).isEqualTo("medium");
    assertThat(cells.bandFor(Cell.of(3, 1)).key()).isEqualTo("medium");
    assertThat(cells.bandFor(Cell.of(3, 3)).key()).isEqualTo("high");
    assertThatThrownBy(() -> cells.bandFor(Cell.of(4, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cellBandingNamingAnUnknownBand_isRejected() {
    assertThatThrownBy(
            () ->
                CellBanding.of(
                    Bands.lowMediumHigh(), List.of(List.of("low", "nope"), List.of("low", "low"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void thresholdBand_isMonotoneInScore(
      @ForAll @BigRange(min = "-1", max = "2") BigDecimal a,
      @ForAll @BigRange(min = "-1", max = "2") BigDecimal b) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    assertThat(target.bandFor(low).rank()).isLessThanOrEqualTo(target.bandFor(high).rank());
  }

  @Property
  void thresholdBand_hasALowerThresholdAtMostTheScoreAndTheNextAbove(
      @ForAll @BigRange(min = "0", max = "2") BigDecimal score) {
    Band band = target.bandFor(score);
    assertThat(target.lowerThresholds().get(band.rank() - 1)).isLessThanOrEqualTo(score);
    if (band.rank() < target.bands().size()) {
      assertThat(target.lowerThresholds().get(band.rank())).isGreaterThan(score);
    }
  }
}
