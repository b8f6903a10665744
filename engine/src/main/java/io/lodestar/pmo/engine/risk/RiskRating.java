package io.lodestar.pmo.engine.risk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One rating of a risk (inherent, residual or target), held as 1-based <em>ranks</em> on the scales
 * of the project's scoring model, not as values, so that changing a scale's values re-scores every
 * risk without touching the issues.
 *
 * <p>Every part is optional: a probability rank, an impact rank per {@link ImpactDimension}, and a
 * detectability rank (used only by RPN models). A rating with nothing in it is {@link #UNRATED}.
 * Ranks are at least 1; whether they fit the model's scales is checked when assessing.
 *
 * @param probabilityRank probability (RPN: occurrence) rank; empty when not rated
 * @param impactRanks impact (RPN: severity) rank per rated dimension; never null, may be empty
 * @param detectabilityRank detectability rank for RPN models; empty when not rated
 */
public record RiskRating(
    OptionalInt probabilityRank,
    Map<ImpactDimension, Integer> impactRanks,
    OptionalInt detectabilityRank) {

  /** A rating with no part rated. */
  public static final RiskRating UNRATED =
      new RiskRating(OptionalInt.empty(), Map.of(), OptionalInt.empty());

  public RiskRating {
    Objects.requireNonNull(probabilityRank, "probabilityRank");
    Objects.requireNonNull(detectabilityRank, "detectabilityRank");
    Objects.requireNonNull(impactRanks, "impactRanks");
    probabilityRank.ifPresent(r -> requireRank("probabilityRank", r));
    detectabilityRank.ifPresent(r -> requireRank("detectabilityRank", r));
    EnumMap<ImpactDimension, Integer> copy = new EnumMap<>(ImpactDimension.class);
    impactRanks.forEach(
        (d, r) -> {
          Objects.requireNonNull(d, "dimension");
          Objects.requireNonNull(r, "rank");
          requireRank("impactRanks." + d, r);
          copy.put(d, r);
        });
    impactRanks = Collections.unmodifiableMap(copy);
  }

  /** Probability rank and one impact dimension. */
  public static RiskRating of(int probabilityRank, ImpactDimension dimension, int impactRank) {
    return new RiskRating(
        OptionalInt.of(probabilityRank), Map.of(dimension, impactRank), OptionalInt.empty());
  }

  /** Probability rank and impact ranks per dimension. */
  public static RiskRating of(int probabilityRank, Map<ImpactDimension, Integer> impactRanks) {
    return new RiskRating(OptionalInt.of(probabilityRank), impactRanks, OptionalInt.empty());
  }

  /** The same rating with the probability rank set. */
  public RiskRating withProbability(int rank) {
    return new RiskRating(OptionalInt.of(rank), impactRanks, detectabilityRank);
  }

  /** The same rating with one impact dimension set. */
  public RiskRating withImpact(ImpactDimension dimension, int rank) {
    EnumMap<ImpactDimension, Integer> copy = new EnumMap<>(ImpactDimension.class);
    copy.putAll(impactRanks);
    copy.put(dimension, rank);
    return new RiskRating(probabilityRank, copy, detectabilityRank);
  }

  /** The same rating with the detectability rank set. */
  public RiskRating withDetectability(int rank) {
    return new RiskRating(probabilityRank, impactRanks, OptionalInt.of(rank));
  }

  /** The impact rank of {@code dimension}; empty when that dimension is not rated. */
  public OptionalInt impactRank(ImpactDimension dimension) {
    Integer r = impactRanks.get(dimension);
    return r == null ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /** True when no part is rated. */
  public boolean isEmpty() {
    return probabilityRank.isEmpty() && impactRanks.isEmpty() && detectabilityRank.isEmpty();
  }

  private static void requireRank(String what, int rank) {
    if (rank < 1) {
      throw new IllegalArgumentException(what + " must be >= 1: " + rank);
    }
  }
}
