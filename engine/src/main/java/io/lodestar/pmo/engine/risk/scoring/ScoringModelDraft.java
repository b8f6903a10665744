package io.lodestar.pmo.engine.risk.scoring;

import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scoring model as submitted by an admin: raw, possibly invalid, every part nullable. {@link
 * #validate()} lists what is wrong as {@link Violation}s with field paths into this draft (e.g.
 * {@code impactScale.levels[2].value}, {@code bands[1].colour}, {@code cellBands[0][3]}); {@link
 * #toModel()} returns the valid {@link ScoringModel} or those violations. Nothing here throws on
 * bad input.
 *
 * <p>Per model kind:
 *
 * <ul>
 *   <li>FORMULA: probability and impact scales; banding THRESHOLDS or CELLS.
 *   <li>LOOKUP: probability and impact scales; banding CELLS; optional {@code cellScores} (absent
 *       or empty = rank product).
 *   <li>RPN: {@code probabilityScale} holds <b>occurrence</b>, {@code impactScale} <b>severity</b>,
 *       plus {@code detectabilityScale}; banding THRESHOLDS.
 * </ul>
 *
 * Matrices ({@code cellBands}, {@code cellScores}) are indexed [probabilityRank − 1][impactRank −
 * 1].
 *
 * @param id store id; 0 for a new model
 * @param name display name
 * @param version the version the admin edited; 0 for a new model
 * @param kind model family
 * @param probabilityScale probability (RPN: occurrence) scale
 * @param impactScale impact (RPN: severity) scale
 * @param detectabilityScale RPN only; null otherwise
 * @param bands bands, least severe first; their rank is their position + 1
 * @param bandingMode by cell or by threshold
 * @param cellBands band key per cell, CELLS mode only
 * @param cellScores configured score per cell, LOOKUP only; null or empty for rank product
 */
public record ScoringModelDraft(
    long id,
    String name,
    long version,
    ModelKind kind,
    ScaleDraft probabilityScale,
    ScaleDraft impactScale,
    ScaleDraft detectabilityScale,
    List<BandDraft> bands,
    BandingMode bandingMode,
    List<List<String>> cellBands,
    List<List<BigDecimal>> cellScores) {

  /** Longest label of a level or band. */
  public static final int MAX_LABEL_LENGTH = 100;

  public ScoringModelDraft {
    bands = copyAllowingNulls(bands);
    cellBands = copyMatrix(cellBands);
    cellScores = copyMatrix(cellScores);
  }

  /**
   * A raw scale: levels lowest first, rank = position + 1.
   *
   * @param levels the levels; nullable
   */
  public record ScaleDraft(List<LevelDraft> levels) {
    public ScaleDraft {
      levels = copyAllowingNulls(levels);
    }

    /** The draft of an existing scale. */
    public static ScaleDraft of(Scale scale) {
      return new ScaleDraft(
          scale.levels().stream().map(l -> new LevelDraft(l.label(), l.value())).toList());
    }
  }

  /**
   * A raw level.
   *
   * @param label nullable
   * @param value nullable
   */
  public record LevelDraft(String label, BigDecimal value) {}

  /**
   * A raw band.
   *
   * @param key nullable
   * @param label nullable
   * @param colour nullable
   * @param lowerThreshold THRESHOLDS mode: required; CELLS mode: ignored
   */
  public record BandDraft(String key, String label, String colour, BigDecimal lowerThreshold) {}

  /** The draft of an existing model, e.g. to edit it. */
  public static ScoringModelDraft of(ScoringModel model) {
    List<BandDraft> bands = new ArrayList<>();
    Banding banding = model.banding();
    for (Band band : model.bands().bands()) {
      BigDecimal threshold =
          banding instanceof ThresholdBanding t ? t.lowerThresholds().get(band.rank() - 1) : null;
      bands.add(new BandDraft(band.key(), band.label(), band.colour(), threshold));
    }
    List<List<String>> cells = banding instanceof CellBanding c ? c.bandKeys() : null;
    List<List<BigDecimal>> scores = model instanceof LookupModel l ? l.cellScores() : null;
    return new ScoringModelDraft(
        model.id(),
        model.name(),
        model.version(),
        model.kind(),
        ScaleDraft.of(model.probabilityScale()),
        ScaleDraft.of(model.impactScale()),
        model.detectability().map(ScaleDraft::of).orElse(null),
        bands,
        banding.mode(),
        cells,
        scores);
  }

  /** Everything wrong with this draft, in field order; empty when it is a valid model. */
  public List<Violation> validate() {
    return new DraftValidator(this).validate();
  }

  /** The model this draft describes, or the violations that prevent it. */
  public Outcome<ScoringModel> toModel() {
    List<Violation> violations = validate();
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    return Outcome.ok(DraftValidator.build(this));
  }

  private static <T> List<T> copyAllowingNulls(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  private static <T> List<List<T>> copyMatrix(List<List<T>> matrix) {
    if (matrix == null) {
      return null;
    }
    List<List<T>> copy = new ArrayList<>();
    for (List<T> row : matrix) {
      copy.add(copyAllowingNulls(row));
    }
    return Collections.unmodifiableList(copy);
  }
}
