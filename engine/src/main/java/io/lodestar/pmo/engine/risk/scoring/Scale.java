package io.lodestar.pmo.engine.risk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered scale of 3 to 10 labelled levels (probability, impact, severity, occurrence or
 * detectability). Invariants: ranks are 1..N in list order, values are strictly ascending, labels
 * are unique ignoring case and surrounding blanks. Violating them here is a bug ({@link
 * IllegalArgumentException}); untrusted input is validated by {@link ScoringModelDraft} first.
 *
 * @param levels the levels, lowest first; 3..10 of them
 */
public record Scale(List<ScaleLevel> levels) {

  /** Fewest levels a scale may have. */
  public static final int MIN_LEVELS = 3;

  /** Most levels a scale may have (so matrices are at most 10×10). */
  public static final int MAX_LEVELS = 10;

  private static final BigDecimal HALF = new BigDecimal("0.5");

  public Scale {
    levels = List.copyOf(levels);
    if (levels.size() < MIN_LEVELS || levels.size() > MAX_LEVELS) {
      throw new IllegalArgumentException("a scale has 3..10 levels, not " + levels.size());
    }
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      ScaleLevel level = levels.get(i);
      if (level.rank() != i + 1) {
        throw new IllegalArgumentException("rank " + level.rank() + " at position " + i);
      }
      if (i > 0 && levels.get(i - 1).value().compareTo(level.value()) >= 0) {
        throw new IllegalArgumentException("values not strictly ascending at rank " + (i + 1));
      }
      if (!labels.add(normalisedLabel(level.label()))) {
        throw new IllegalArgumentException("duplicate label " + level.label());
      }
    }
  }

  /** A scale from explicit levels. */
  public static Scale of(List<ScaleLevel> levels) {
    return new Scale(levels);
  }

  /** A scale from labels and values in rank order (rank = position + 1). */
  public static Scale of(List<String> labels, List<BigDecimal> values) {
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException("labels and values differ in size");
    }
    List<ScaleLevel> levels = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      levels.add(new ScaleLevel(i + 1, labels.get(i), values.get(i)));
    }
    return new Scale(levels);
  }

  /** An ordinal scale: values 1..N in label order. */
  public static Scale ordinal(List<String> labels) {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 1; i <= labels.size(); i++) {
      values.add(BigDecimal.valueOf(i));
    }
    return of(labels, values);
  }

  /**
   * An ordinal scale of {@code size} levels labelled {@code "1"}..{@code "N"} with values 1..N (the
   * usual FMEA 1–10 scales).
   */
  public static Scale ordinal(int size) {
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      labels.add(Integer.toString(i));
    }
    return ordinal(labels);
  }

  /** The ordinal scale Low 1, Medium 2, High 3. */
  public static Scale lowMediumHigh() {
    return ordinal(List.of("Low", "Medium", "High"));
  }

  /** Five labels used by the PMBOK defaults, lowest first. */
  public static List<String> fiveLevelLabels() {
    return List.of("Very low", "Low", "Moderate", "High", "Very high");
  }

  /** PMBOK probability scale: 0.10, 0.30, 0.50, 0.70, 0.90 (Very low .. Very high). */
  public static Scale pmbokProbability() {
    return of(fiveLevelLabels(), decimals("0.10", "0.30", "0.50", "0.70", "0.90"));
  }

  /** PMBOK non-linear impact scale: 0.05, 0.10, 0.20, 0.40, 0.80 (Very low .. Very high). */
  public static Scale pmbokImpact() {
    return of(fiveLevelLabels(), decimals("0.05", "0.10", "0.20", "0.40", "0.80"));
  }

  /** Number of levels. */
  public int size() {
    return levels.size();
  }

  /** Whether {@code rank} is on this scale (1..size). */
  public boolean contains(int rank) {
    return rank >= 1 && rank <= levels.size();
  }

  /**
   * The level of {@code rank}.
   *
   * @throws IllegalArgumentException when the rank is not on this scale
   */
  public ScaleLevel level(int rank) {
    if (!contains(rank)) {
      throw new IllegalArgumentException("rank " + rank + " not on a scale of " + size());
    }
    return levels.get(rank - 1);
  }

  /** The level of {@code rank}, or empty when not on this scale. */
  public Optional<ScaleLevel> find(int rank) {
    return contains(rank) ? Optional.of(levels.get(rank - 1)) : Optional.empty();
  }

  /** The value of the level of {@code rank}; see {@link #level(int)}. */
  public BigDecimal value(int rank) {
    return level(rank).value();
  }

  /** The highest level. */
  public ScaleLevel highest() {
    return levels.get(levels.size() - 1);
  }

  /**
   * The rank whose value is nearest to {@code value}. A value exactly half-way between two levels
   * goes to the higher level (the cautious reading for a risk); values outside the scale go to the
   * nearest end.
   */
  public int nearestRank(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    int best = 1;
    BigDecimal bestDistance = null;
    for (ScaleLevel level : levels) {
      BigDecimal distance = level.value().subtract(value).abs();
      if (bestDistance == null || distance.compareTo(bestDistance) <= 0) {
        best = level.rank();
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Whether the values read as probabilities: every value is in [0, 1]. Ordinal scales (1..N) are
   * not.
   */
  public boolean holdsProbabilities() {
    for (ScaleLevel level : levels) {
      if (level.value().compareTo(BigDecimal.ONE) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The probability (0..1) that rank {@code rank} stands for. When the scale {@linkplain
   * #holdsProbabilities() holds probabilities} this is the level's value. Otherwise (an ordinal
   * scale) it is <b>our convention</b>: the midpoint of N equal-width bins, {@code (rank − 0.5) /
   * N}, rounded HALF_UP to 4 decimals — e.g. on a 1..5 scale, rank 1 → 0.1 and rank 5 → 0.9, which
   * matches the PMBOK probability scale.
   *
   * @throws IllegalArgumentException when the rank is not on this scale
   */
  public BigDecimal probability(int rank) {
    ScaleLevel level = level(rank);
    if (holdsProbabilities()) {
      return level.value();
    }
    return BigDecimal.valueOf(rank)
        .subtract(HALF)
        .divide(BigDecimal.valueOf(size()), 4, RoundingMode.HALF_UP);
  }

  static String normalisedLabel(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  private static List<BigDecimal> decimals(String... values) {
    List<BigDecimal> result = new ArrayList<>();
    for (String v : values) {
      result.add(new BigDecimal(v));
    }
    return result;
  }
}
