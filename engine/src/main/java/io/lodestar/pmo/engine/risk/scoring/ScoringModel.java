package io.lodestar.pmo.engine.risk.scoring;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A scoring model: scales, a way to compute a score per set of ranks, and a banding. Sealed: {@link
 * FormulaModel}, {@link LookupModel}, {@link RpnModel}. Models are immutable configuration values
 * identified by {@link #id()} (0 for a model not stored yet) with an optimistic-locking {@link
 * #version()} (0 for a model not stored yet).
 *
 * <p>For RPN models the matrix axes are occurrence ({@link #probabilityScale()}) × severity ({@link
 * #impactScale()}), and detectability is the third parameter.
 */
public sealed interface ScoringModel permits FormulaModel, LookupModel, RpnModel {

  /** Longest allowed model name. */
  int MAX_NAME_LENGTH = 255;

  /** Store id; 0 for a model that has not been stored. */
  long id();

  /** Display name; never blank, at most {@value #MAX_NAME_LENGTH} characters. */
  String name();

  /** Optimistic-locking version; 0 for a model that has not been stored. */
  long version();

  /** The model family. */
  ModelKind kind();

  /** Row scale of the matrix: probability (RPN: occurrence). */
  Scale probabilityScale();

  /** Column scale of the matrix: impact (RPN: severity). */
  Scale impactScale();

  /** The detectability scale; present for RPN models only. */
  default Optional<Scale> detectability() {
    return Optional.empty();
  }

  /** How bands are assigned. */
  Banding banding();

  /** The bands, least severe first. */
  default Bands bands() {
    return banding().bands();
  }

  /** Whether the model needs a detectability rank (RPN). */
  default boolean usesDetectability() {
    return detectability().isPresent();
  }

  /**
   * Scores one set of ranks.
   *
   * @param probabilityRank rank on {@link #probabilityScale()}
   * @param impactRank rank on {@link #impactScale()}
   * @param detectabilityRank rank on the detectability scale; required for RPN, ignored otherwise
   * @throws IllegalArgumentException when a rank is not on its scale or a required rank is missing
   *     (callers holding untrusted ranks check with {@link #accepts} first)
   */
  CellEvaluation evaluate(int probabilityRank, int impactRank, OptionalInt detectabilityRank);

  /**
   * Scores a cell of a two-parameter model.
   *
   * @throws IllegalArgumentException for RPN models (use the three-rank form) or ranks off-scale
   */
  default CellEvaluation evaluate(int probabilityRank, int impactRank) {
    return evaluate(probabilityRank, impactRank, OptionalInt.empty());
  }

  /** Whether {@link #evaluate(int, int, OptionalInt)} accepts these ranks. */
  default boolean accepts(int probabilityRank, int impactRank, OptionalInt detectabilityRank) {
    if (!probabilityScale().contains(probabilityRank) || !impactScale().contains(impactRank)) {
      return false;
    }
    Optional<Scale> detectability = detectability();
    if (detectability.isEmpty()) {
      return true;
    }
    return detectabilityRank.isPresent()
        && detectability.get().contains(detectabilityRank.getAsInt());
  }

  /** The same model with a store identity, as a store returns it after create or update. */
  ScoringModel withIdentity(long id, long version);

  /** Checks the identity fields shared by every model; a bug when violated. */
  static void checkIdentity(long id, String name, long version) {
    if (id < 0 || version < 0) {
      throw new IllegalArgumentException("id and version must be >= 0");
    }
    if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("name must be 1.." + MAX_NAME_LENGTH + " characters");
    }
  }

  /** Checks that a cell banding fits the matrix; a bug when violated. */
  static void checkCellsFit(Banding banding, Scale rows, Scale columns) {
    if (banding instanceof CellBanding cells
        && (cells.rows() != rows.size() || cells.columns() != columns.size())) {
      throw new IllegalArgumentException(
          "cell banding is "
              + cells.rows()
              + "×"
              + cells.columns()
              + ", scales are "
              + rows.size()
              + "×"
              + columns.size());
    }
  }
}
