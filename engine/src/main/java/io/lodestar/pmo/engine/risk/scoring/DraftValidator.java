package io.lodestar.pmo.engine.risk.scoring;

import static io.lodestar.pmo.engine.risk.RiskMessageKeys.BANDING_MODE_NOT_ALLOWED;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.BANDS_SIZE;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.BAND_COLOUR_FORMAT;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.BAND_DUPLICATE_KEY;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.BAND_KEY_FORMAT;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.BAND_THRESHOLD_NOT_ASCENDING;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.CELLS_DIMENSIONS;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.CELLS_UNKNOWN_BAND;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.CELL_SCORES_NOT_USED;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.NEGATIVE;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.REQUIRED;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.SCALE_DUPLICATE_LABEL;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.SCALE_NEGATIVE_VALUE;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.SCALE_NOT_ASCENDING;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.SCALE_NOT_USED;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.SCALE_SIZE;
import static io.lodestar.pmo.engine.risk.RiskMessageKeys.TOO_LONG;

import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.BandDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.LevelDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.ScaleDraft;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validates a {@link ScoringModelDraft} field by field and builds the model once it is valid. */
final class DraftValidator {

  private final ScoringModelDraft draft;
  private final List<Violation> violations = new ArrayList<>();

  DraftValidator(ScoringModelDraft draft) {
    this.draft = draft;
  }

  List<Violation> validate() {
    if (draft.id() < 0) {
      add("id", NEGATIVE, draft.id());
    }
    checkText("name", draft.name(), ScoringModel.MAX_NAME_LENGTH);
    if (draft.version() < 0) {
      add("version", NEGATIVE, draft.version());
    }
    ModelKind kind = draft.kind();
    if (kind == null) {
      add("kind", REQUIRED);
    }
    boolean probabilityOk = checkScale("probabilityScale", draft.probabilityScale());
    boolean impactOk = checkScale("impactScale", draft.impactScale());
    if (kind == ModelKind.RPN) {
      checkScale("detectabilityScale", draft.detectabilityScale());
    } else if (kind != null && draft.detectabilityScale() != null) {
      add("detectabilityScale", SCALE_NOT_USED, kind.name());
    }
    Set<String> bandKeys = checkBands();
    checkBanding(kind, bandKeys, probabilityOk && impactOk);
    checkCellScores(kind, probabilityOk && impactOk);
    return List.copyOf(violations);
  }

  private boolean checkScale(String path, ScaleDraft scale) {
    if (scale == null || scale.levels() == null) {
      add(path, REQUIRED);
      return false;
    }
    List<LevelDraft> levels = scale.levels();
    int before = violations.size();
    if (levels.size() < Scale.MIN_LEVELS || levels.size() > Scale.MAX_LEVELS) {
      add(path + ".levels", SCALE_SIZE, Scale.MIN_LEVELS, Scale.MAX_LEVELS, levels.size());
    }
    Set<String> labels = new HashSet<>();
    BigDecimal previous = null;
    for (int i = 0; i < levels.size(); i++) {
      String levelPath = path + ".levels[" + i + "]";
      LevelDraft level = levels.get(i);
      if (level == null) {
        add(levelPath, REQUIRED);
        previous = null;
        continue;
      }
      if (checkText(levelPath + ".label", level.label(), ScoringModelDraft.MAX_LABEL_LENGTH)
          && !labels.add(Scale.normalisedLabel(level.label()))) {
        add(levelPath + ".label", SCALE_DUPLICATE_LABEL, level.label());
      }
      BigDecimal value = level.value();
      if (value == null) {
        add(levelPath + ".value", REQUIRED);
      } else if (value.signum() < 0) {
        add(levelPath + ".value", SCALE_NEGATIVE_VALUE, value);
      } else if (previous != null && previous.compareTo(value) >= 0) {
        add(levelPath + ".value", SCALE_NOT_ASCENDING, previous, value);
      }
      previous = value;
    }
    return violations.size() == before;
  }

  private Set<String> checkBands() {
    List<BandDraft> bands = draft.bands();
    Set<String> keys = new HashSet<>();
    if (bands == null) {
      add("bands", REQUIRED);
      return keys;
    }
    if (bands.isEmpty() || bands.size() > Bands.MAX_BANDS) {
      add("bands", BANDS_SIZE, 1, Bands.MAX_BANDS, bands.size());
    }
    for (int i = 0; i < bands.size(); i++) {
      String path = "bands[" + i + "]";
      BandDraft band = bands.get(i);
      if (band == null) {
        add(path, REQUIRED);
        continue;
      }
      if (band.key() == null || band.key().isEmpty()) {
        add(path + ".key", REQUIRED);
      } else if (!Band.KEY.matcher(band.key()).matches()) {
        add(path + ".key", BAND_KEY_FORMAT, band.key());
      } else if (!keys.add(band.key())) {
        add(path + ".key", BAND_DUPLICATE_KEY, band.key());
      }
      checkText(path + ".label", band.label(), ScoringModelDraft.MAX_LABEL_LENGTH);
      if (band.colour() == null || band.colour().isEmpty()) {
        add(path + ".colour", REQUIRED);
      } else if (!Band.COLOUR.matcher(band.colour()).matches()) {
        add(path + ".colour", BAND_COLOUR_FORMAT, band.colour());
      }
    }
    return keys;
  }

  private void checkBanding(ModelKind kind, Set<String> bandKeys, boolean scalesOk) {
    BandingMode mode = draft.bandingMode();
    if (mode == null) {
      add("bandingMode", REQUIRED);
      return;
    }
    if (kind == ModelKind.LOOKUP && mode != BandingMode.CELLS
        || kind == ModelKind.RPN && mode != BandingMode.THRESHOLDS) {
      add("bandingMode", BANDING_MODE_NOT_ALLOWED, kind.name(), mode.name());
      return;
    }
    if (mode == BandingMode.THRESHOLDS) {
      checkThresholds();
    } else {
      checkCellBands(bandKeys, scalesOk);
    }
  }

  private void checkThresholds() {
    List<BandDraft> bands = draft.bands();
    if (bands == null) {
      return;
    }
    BigDecimal previous = null;
    for (int i = 0; i < bands.size(); i++) {
      BandDraft band = bands.get(i);
      if (band == null) {
        previous = null;
        continue;
      }
      String path = "bands[" + i + "].lowerThreshold";
      BigDecimal threshold = band.lowerThreshold();
      if (threshold == null) {
        add(path, REQUIRED);
      } else if (previous != null && previous.compareTo(threshold) >= 0) {
        add(path, BAND_THRESHOLD_NOT_ASCENDING, previous, threshold);
      }
      previous = threshold;
    }
  }

  private void checkCellBands(Set<String> bandKeys, boolean scalesOk) {
    List<List<String>> cells = draft.cellBands();
    if (cells == null) {
      add("cellBands", REQUIRED);
      return;
    }
    if (scalesOk && !fits(cells)) {
      return;
    }
    for (int r = 0; r < cells.size(); r++) {
      List<String> row = cells.get(r);
      if (row == null) {
        add("cellBands[" + r + "]", REQUIRED);
        continue;
      }
      for (int c = 0; c < row.size(); c++) {
        String key = row.get(c);
        String path = "cellBands[" + r + "][" + c + "]";
        if (key == null || key.isEmpty()) {
          add(path, REQUIRED);
        } else if (!bandKeys.contains(key)) {
          add(path, CELLS_UNKNOWN_BAND, key);
        }
      }
    }
  }

  private void checkCellScores(ModelKind kind, boolean scalesOk) {
    List<List<BigDecimal>> scores = draft.cellScores();
    if (scores == null || scores.isEmpty()) {
      return;
    }
    if (kind != ModelKind.LOOKUP) {
      if (kind != null) {
        add("cellScores", CELL_SCORES_NOT_USED, kind.name());
      }
      return;
    }
    if (scalesOk && !fitsScores(scores)) {
      return;
    }
    for (int r = 0; r < scores.size(); r++) {
      List<BigDecimal> row = scores.get(r);
      if (row == null) {
        add("cellScores[" + r + "]", REQUIRED);
        continue;
      }
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c) == null) {
          add("cellScores[" + r + "][" + c + "]", REQUIRED);
        }
      }
    }
  }

  private boolean fits(List<List<String>> cells) {
    return fitsMatrix("cellBands", cells);
  }

  private boolean fitsScores(List<List<BigDecimal>> scores) {
    return fitsMatrix("cellScores", scores);
  }

  private boolean fitsMatrix(String path, List<? extends List<?>> matrix) {
    int rows = draft.probabilityScale().levels().size();
    int columns = draft.impactScale().levels().size();
    boolean ok = matrix.size() == rows;
    for (List<?> row : matrix) {
      ok &= row == null || row.size() == columns;
    }
    if (!ok) {
      add(path, CELLS_DIMENSIONS, rows, columns);
    }
    return ok;
  }

  private boolean checkText(String path, String text, int maxLength) {
    if (text == null || text.isBlank()) {
      add(path, REQUIRED);
      return false;
    }
    if (text.length() > maxLength) {
      add(path, TOO_LONG, maxLength);
      return false;
    }
    return true;
  }

  private void add(String field, String key, Object... args) {
    violations.add(Violation.of(field, key, args));
  }

  /** Builds the model of a draft that {@link #validate()} found valid. */
  static ScoringModel build(ScoringModelDraft draft) {
    Bands bands = toBands(draft.bands());
    Banding banding =
        draft.bandingMode() == BandingMode.THRESHOLDS
            ? ThresholdBanding.of(
                bands, draft.bands().stream().map(BandDraft::lowerThreshold).toList())
            : CellBanding.of(bands, draft.cellBands());
    Scale probability = toScale(draft.probabilityScale());
    Scale impact = toScale(draft.impactScale());
    String name = draft.name().strip();
    return switch (draft.kind()) {
      case FORMULA ->
          new FormulaModel(draft.id(), name, draft.version(), probability, impact, banding);
      case LOOKUP ->
          new LookupModel(
              draft.id(),
              name,
              draft.version(),
              probability,
              impact,
              (CellBanding) banding,
              draft.cellScores() == null ? List.of() : draft.cellScores());
      case RPN ->
          new RpnModel(
              draft.id(),
              name,
              draft.version(),
              impact,
              probability,
              toScale(draft.detectabilityScale()),
              (ThresholdBanding) banding);
    };
  }

  private static Scale toScale(ScaleDraft draft) {
    List<ScaleLevel> levels = new ArrayList<>();
    for (int i = 0; i < draft.levels().size(); i++) {
      LevelDraft level = draft.levels().get(i);
      levels.add(new ScaleLevel(i + 1, level.label().strip(), level.value()));
    }
    return Scale.of(levels);
  }

  private static Bands toBands(List<BandDraft> drafts) {
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      BandDraft band = drafts.get(i);
      bands.add(new Band(band.key(), band.label().strip(), band.colour(), i + 1));
    }
    return Bands.of(bands);
  }
}
