package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.engine.risk.scoring.BandingMode;
import io.lodestar.pmo.engine.risk.scoring.ModelKind;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.BandDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.LevelDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.ScaleDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scoring model as JSON, the same shape in and out: {@code GET /models/{id}} answers it, {@code
 * POST /models} and {@code PUT /models/{id}} take it (id and version are ignored on create; {@code
 * version} is required on update). Enum-valued members are strings ({@code formula}, {@code
 * lookup}, {@code rpn}; {@code cells}, {@code thresholds}) so that an unknown value is a 400 naming
 * the field. Matrices are indexed [probability rank − 1][impact rank − 1], lowest probability
 * first.
 *
 * @param id store id; null or 0 on create
 * @param name display name, 1..255 characters
 * @param version the version the client edited; required on update
 * @param kind {@code formula}, {@code lookup} or {@code rpn}
 * @param probabilityScale probability (RPN: occurrence) levels, lowest first
 * @param impactScale impact (RPN: severity) levels, lowest first
 * @param detectabilityScale RPN only
 * @param bands bands, least severe first
 * @param bandingMode {@code cells} or {@code thresholds}
 * @param cellBands band key per cell, {@code cells} mode only
 * @param cellScores score per cell, lookup models only (null = rank product)
 */
public record ScoringModelJson(
    Long id,
    String name,
    Long version,
    String kind,
    ScaleJson probabilityScale,
    ScaleJson impactScale,
    ScaleJson detectabilityScale,
    List<BandJson> bands,
    String bandingMode,
    List<List<String>> cellBands,
    List<List<BigDecimal>> cellScores) {

  /**
   * A scale.
   *
   * @param levels the levels, lowest first
   */
  public record ScaleJson(List<LevelJson> levels) {}

  /**
   * A level of a scale.
   *
   * @param label display label
   * @param value numeric value (a probability, an impact weight or an ordinal)
   */
  public record LevelJson(String label, BigDecimal value) {}

  /**
   * A band.
   *
   * @param key stable key used by appetite and JQL, e.g. {@code high}
   * @param label display label
   * @param colour {@code #rgb} or {@code #rrggbb}
   * @param lowerThreshold lowest score of the band, {@code thresholds} mode only
   */
  public record BandJson(String key, String label, String colour, BigDecimal lowerThreshold) {}

  /** The JSON of a stored model. */
  public static ScoringModelJson of(ScoringModel model) {
    ScoringModelDraft d = ScoringModelDraft.of(model);
    return new ScoringModelJson(
        d.id(),
        d.name(),
        d.version(),
        lower(d.kind()),
        scale(d.probabilityScale()),
        scale(d.impactScale()),
        scale(d.detectabilityScale()),
        d.bands() == null
            ? null
            : d.bands().stream()
                .map(b -> new BandJson(b.key(), b.label(), b.colour(), b.lowerThreshold()))
                .toList(),
        lower(d.bandingMode()),
        d.cellBands(),
        d.cellScores());
  }

  /**
   * The engine draft this JSON describes, with the id and version given (the path id and the
   * version checked by the caller). Enum members must have been parsed already.
   */
  ScoringModelDraft toDraft(long draftId, long draftVersion, ModelKind k, BandingMode mode) {
    return new ScoringModelDraft(
        draftId,
        name,
        draftVersion,
        k,
        draft(probabilityScale),
        draft(impactScale),
        draft(detectabilityScale),
        bands == null
            ? null
            : bands.stream()
                .map(
                    b ->
                        b == null
                            ? null
                            : new BandDraft(b.key(), b.label(), b.colour(), b.lowerThreshold()))
                .toList(),
        mode,
        cellBands,
        cellScores);
  }

  private static ScaleDraft draft(ScaleJson scale) {
    if (scale == null) {
      return null;
    }
    if (scale.levels() == null) {
      return new ScaleDraft(null);
    }
    List<LevelDraft> levels = new ArrayList<>();
    for (LevelJson level : scale.levels()) {
      levels.add(level == null ? null : new LevelDraft(level.label(), level.value()));
    }
    return new ScaleDraft(levels);
  }

  private static ScaleJson scale(ScaleDraft scale) {
    if (scale == null) {
      return null;
    }
    return new ScaleJson(
        scale.levels().stream().map(l -> new LevelJson(l.label(), l.value())).toList());
  }

  private static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
