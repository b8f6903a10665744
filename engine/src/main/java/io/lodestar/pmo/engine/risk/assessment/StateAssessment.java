package io.lodestar.pmo.engine.risk.assessment;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.CellEvaluation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment of one rating under a model: {@link Rated} with score, band, cell and driving
 * dimension, or {@link Unrated} with a reason. Never null; callers switch on the two cases.
 */
public sealed interface StateAssessment permits StateAssessment.Rated, StateAssessment.Unrated {

  /** The rating could not be scored because {@code reason}. */
  record Unrated(UnratedReason reason) implements StateAssessment {
    public Unrated {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A scored rating.
   *
   * @param evaluation cell, score and band of the driving dimension
   * @param drivingDimension the impact dimension that gave the worst result
   * @param probability the probability (0..1) the rating's probability rank stands for, see {@code
   *     Scale.probability(int)} (ordinal scales use our midpoint convention); used for EMV
   */
  record Rated(CellEvaluation evaluation, ImpactDimension drivingDimension, BigDecimal probability)
      implements StateAssessment {
    public Rated {
      Objects.requireNonNull(evaluation, "evaluation");
      Objects.requireNonNull(drivingDimension, "drivingDimension");
      Objects.requireNonNull(probability, "probability");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Rated r
          && evaluation.equals(r.evaluation)
          && drivingDimension == r.drivingDimension
          && probability.compareTo(r.probability) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(evaluation, drivingDimension, probability.stripTrailingZeros());
    }

    public BigDecimal score() {
      return evaluation.score();
    }

    public Band band() {
      return evaluation.band();
    }

    public Cell cell() {
      return evaluation.cell();
    }
  }

  static StateAssessment unrated(UnratedReason reason) {
    return new Unrated(reason);
  }

  /** True for {@link Rated}. */
  default boolean isRated() {
    return this instanceof Rated;
  }

  /** The rated case, or empty. */
  default Optional<Rated> rated() {
    return this instanceof Rated r ? Optional.of(r) : Optional.empty();
  }

  /** The score, or empty when unrated. */
  default Optional<BigDecimal> scoreIfRated() {
    return rated().map(Rated::score);
  }

  /** The band, or empty when unrated. */
  default Optional<Band> bandIfRated() {
    return rated().map(Rated::band);
  }

  /** The cell, or empty when unrated. */
  default Optional<Cell> cellIfRated() {
    return rated().map(Rated::cell);
  }
}
