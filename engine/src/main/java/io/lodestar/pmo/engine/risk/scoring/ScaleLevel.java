package io.lodestar.pmo.engine.risk.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One level of a {@link Scale}: its 1-based rank, a display label configured by the PMO, and the
 * numeric value used in scores (a probability such as {@code 0.30}, an impact weight such as {@code
 * 0.20}, or an ordinal such as {@code 3}). Equality compares the value numerically.
 *
 * @param rank 1-based position on the scale, 1 = lowest; at least 1
 * @param label display label, e.g. {@code Very low}; never blank
 * @param value numeric value, at least 0; never null
 */
public record ScaleLevel(int rank, String label, BigDecimal value) {

  public ScaleLevel {
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1: " + rank);
    }
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    if (label.isBlank()) {
      throw new IllegalArgumentException("label is blank");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("value < 0: " + value);
    }
  }

  public static ScaleLevel of(int rank, String label, BigDecimal value) {
    return new ScaleLevel(rank, label, value);
  }

  public static ScaleLevel of(int rank, String label, String value) {
    return new ScaleLevel(rank, label, new BigDecimal(value));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaleLevel l
        && rank == l.rank
        && label.equals(l.label)
        && value.compareTo(l.value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rank, label, value.stripTrailingZeros());
  }
}
