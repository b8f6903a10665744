package io.lodestar.pmo.engine.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Capacity and allocation of one person (or team, project) in one bucket, in seconds.
 *
 * @param capacitySeconds never negative
 * @param allocatedSeconds never negative
 */
public record LoadCell(long capacitySeconds, long allocatedSeconds) {

  public static final LoadCell EMPTY = new LoadCell(0, 0);

  public LoadCell {
    if (capacitySeconds < 0 || allocatedSeconds < 0) {
      throw new IllegalArgumentException(
          "negative cell: capacity " + capacitySeconds + ", allocated " + allocatedSeconds);
    }
  }

  /** Capacity − allocation; negative when over-allocated. */
  public long remainingSeconds() {
    return capacitySeconds - allocatedSeconds;
  }

  /** DOMAIN.md: over-allocated iff load &gt; capacity, strictly. */
  public boolean overAllocated() {
    return allocatedSeconds > capacitySeconds;
  }

  public LoadCell plus(LoadCell other) {
    return new LoadCell(
        capacitySeconds + other.capacitySeconds, allocatedSeconds + other.allocatedSeconds);
  }

  /** Seconds as hours with two decimals, half up, for display. */
  public static BigDecimal hours(long seconds) {
    return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
  }
}
