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
   */
  record Rated(CellEvaluation evaluation, ImpactDimension drivingDimension)
      implements StateAssessment {
    public Rated {
      Objects.requireNonNull(evaluation, "evaluation");
      Objects.requireNonNull(drivingDimension, "drivingDimension");
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
  default Optional<BigDecimal> score() {
    return rated().map(Rated::score);
  }

  /** The band, or empty when unrated. */
  default Optional<Band> band() {
    return rated().map(Rated::band);
  }

  /** The cell, or empty when unrated. */
  default Optional<Cell> cell() {
    return rated().map(Rated::cell);
  }
}
