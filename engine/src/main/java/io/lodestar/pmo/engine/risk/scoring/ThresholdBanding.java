package io.lodestar.pmo.engine.risk.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Bands by score: each band has a lower threshold, thresholds strictly ascending in band order. The
 * band of a score is <b>the highest band whose lower threshold ≤ score</b>; a score below every
 * threshold gets the lowest band (so the lowest band's threshold is effectively −∞, and setting it
 * to 0 documents that intent). Example with low 0, medium 0.05, high 0.18: 0.04 → low, 0.05 →
 * medium, 0.18 → high.
 *
 * @param bands the bands
 * @param lowerThresholds one per band, in band order, strictly ascending
 */
public record ThresholdBanding(Bands bands, List<BigDecimal> lowerThresholds) implements Banding {

  public ThresholdBanding {
    Objects.requireNonNull(bands, "bands");
    lowerThresholds = List.copyOf(lowerThresholds);
    if (lowerThresholds.size() != bands.size()) {
      throw new IllegalArgumentException("one threshold per band");
    }
    for (int i = 1; i < lowerThresholds.size(); i++) {
      if (lowerThresholds.get(i - 1).compareTo(lowerThresholds.get(i)) >= 0) {
        throw new IllegalArgumentException("thresholds not strictly ascending at " + i);
      }
    }
  }

  public static ThresholdBanding of(Bands bands, List<BigDecimal> lowerThresholds) {
    return new ThresholdBanding(bands, lowerThresholds);
  }

  /** Convenience for literals: {@code of(Bands.lowMediumHigh(), "0", "0.05", "0.18")}. */
  public static ThresholdBanding of(Bands bands, String... lowerThresholds) {
    return new ThresholdBanding(
        bands, java.util.Arrays.stream(lowerThresholds).map(BigDecimal::new).toList());
  }

  @Override
  public BandingMode mode() {
    return BandingMode.THRESHOLDS;
  }

  /** The band of {@code score}; see the class comment. */
  public Band bandFor(BigDecimal score) {
    Objects.requireNonNull(score, "score");
    for (int i = lowerThresholds.size() - 1; i >= 0; i--) {
      if (lowerThresholds.get(i).compareTo(score) <= 0) {
        return bands.byRank(i + 1);
      }
    }
    return bands.lowest();
  }

  @Override
  public Band bandFor(Cell cell, BigDecimal score) {
    return bandFor(score);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ThresholdBanding t)
        || !bands.equals(t.bands)
        || lowerThresholds.size() != t.lowerThresholds.size()) {
      return false;
    }
    for (int i = 0; i < lowerThresholds.size(); i++) {
      if (lowerThresholds.get(i).compareTo(t.lowerThresholds.get(i)) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        bands, lowerThresholds.stream().map(BigDecimal::stripTrailingZeros).toList());
  }
}
