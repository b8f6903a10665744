package io.lodestar.pmo.engine.capacity;

/** How much an explicit allocation takes: a share of capacity or a number of hours in total. */
public sealed interface AllocationAmount {

  /** {@code percent} % of the holder's capacity on each day of the range, within (0, 1000]. */
  record PercentOfCapacity(int percent) implements AllocationAmount {
    public PercentOfCapacity {
      if (percent <= 0 || percent > 1000) {
        throw new IllegalArgumentException("percent must be within (0, 1000] but was " + percent);
      }
    }
  }

  /** {@code seconds} in total, spread evenly over the holder's working days in the range. */
  record TotalSeconds(long seconds) implements AllocationAmount {
    public TotalSeconds {
      if (seconds <= 0) {
        throw new IllegalArgumentException("seconds must be positive but were " + seconds);
      }
    }
  }
}
