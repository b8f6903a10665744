package io.lodestar.pmo.engine.risk.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Open exposure on one date, as stored nightly for the trend. Only active risks count.
 *
 * @param date the snapshot date
 * @param openCount active risks
 * @param countByBand active rated risks per current band key (unrated ones are in {@code openCount}
 *     only); never null
 * @param totalEmv Σ EMV of active threats ({@link ExpectedMonetaryValue}), reporting currency
 * @param opportunityEmv Σ EMV of active opportunities, reporting currency
 */
public record ExposureSnapshot(
    LocalDate date,
    long openCount,
    Map<String, Long> countByBand,
    BigDecimal totalEmv,
    BigDecimal opportunityEmv) {

  public ExposureSnapshot {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(totalEmv, "totalEmv");
    Objects.requireNonNull(opportunityEmv, "opportunityEmv");
    countByBand = java.util.Collections.unmodifiableMap(new TreeMap<>(countByBand));
    if (openCount < 0) {
      throw new IllegalArgumentException("openCount < 0");
    }
  }

  /** A snapshot without opportunities. */
  public static ExposureSnapshot of(
      LocalDate date, long openCount, Map<String, Long> countByBand, BigDecimal totalEmv) {
    return new ExposureSnapshot(date, openCount, countByBand, totalEmv, BigDecimal.ZERO);
  }

  /** The count of band {@code key}, 0 when absent. */
  public long count(String bandKey) {
    return countByBand.getOrDefault(bandKey, 0L);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExposureSnapshot s
        && date.equals(s.date)
        && openCount == s.openCount
        && countByBand.equals(s.countByBand)
        && totalEmv.compareTo(s.totalEmv) == 0
        && opportunityEmv.compareTo(s.opportunityEmv) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, openCount, countByBand, totalEmv.stripTrailingZeros());
  }
}
