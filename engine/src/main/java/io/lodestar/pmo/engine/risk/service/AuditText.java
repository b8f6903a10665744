package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.CellBanding;
import io.lodestar.pmo.engine.risk.scoring.LookupModel;
import io.lodestar.pmo.engine.risk.scoring.Scale;
import io.lodestar.pmo.engine.risk.scoring.ScaleLevel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ThresholdBanding;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Canonical, deterministic text of configuration values for the audit log's before/after columns:
 * the same value always renders to the same text, so a diff of two entries shows what changed. Not
 * for display to end users (no i18n). Equal texts mean equal content: numbers are written without
 * trailing zeros and colours in lower case, so a value that only differs in such spelling (as a
 * browser's colour input or a decimal column gives it back) renders the same.
 */
public final class AuditText {

  private AuditText() {}

  /** The text of a scoring model (identity fields excluded except the name). */
  public static String of(ScoringModel model) {
    StringBuilder b = new StringBuilder();
    b.append("name=").append(model.name()).append('\n');
    b.append("kind=").append(model.kind()).append('\n');
    scale(b, "probabilityScale", model.probabilityScale());
    scale(b, "impactScale", model.impactScale());
    model.detectability().ifPresent(s -> scale(b, "detectabilityScale", s));
    b.append("banding=").append(model.banding().mode()).append('\n');
    for (Band band : model.bands().bands()) {
      b.append("band[")
          .append(band.rank())
          .append("]=")
          .append(band.key())
          .append('|')
          .append(band.label())
          .append('|')
          .append(band.colour().toLowerCase(Locale.ROOT));
      if (model.banding() instanceof ThresholdBanding t) {
        b.append("|>=").append(plain(t.lowerThresholds().get(band.rank() - 1)));
      }
      b.append('\n');
    }
    if (model.banding() instanceof CellBanding c) {
      for (int r = 0; r < c.rows(); r++) {
        b.append("cells[").append(r + 1).append("]=").append(String.join(",", c.bandKeys().get(r)));
        b.append('\n');
      }
    }
    if (model instanceof LookupModel l && l.hasConfiguredScores()) {
      for (int r = 0; r < l.cellScores().size(); r++) {
        b.append("scores[").append(r + 1).append("]=");
        b.append(String.join(",", l.cellScores().get(r).stream().map(AuditText::plain).toList()));
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** The text of project risk settings. */
  public static String of(RiskProjectSettings settings) {
    RiskFieldMapping m = settings.mapping();
    StringBuilder b = new StringBuilder();
    b.append("modelId=").append(settings.modelId()).append('\n');
    b.append("appetiteBandKey=").append(settings.appetiteBandKey()).append('\n');
    b.append("riskIssueTypeIds=").append(new TreeSet<>(m.riskIssueTypeIds())).append('\n');
    rating(b, "inherent", m.inherent());
    rating(b, "residual", m.residual());
    rating(b, "target", m.target());
    b.append("owner=").append(m.ownerFieldId()).append('\n');
    b.append("reviewDate=").append(m.reviewDateFieldId()).append('\n');
    b.append("category=").append(m.categoryFieldId()).append('\n');
    b.append("response=").append(m.responseFieldId()).append('\n');
    b.append("kind=").append(m.kindFieldId()).append('\n');
    b.append("status=").append(m.statusFieldId()).append('\n');
    b.append("proximity=").append(m.proximityFieldId()).append('\n');
    threePoint(b, "cost", m.cost());
    threePoint(b, "schedule", m.schedule());
    b.append("numberMapping=").append(m.numberMapping()).append('\n');
    m.optionLevels()
        .forEach(
            (field, levels) ->
                levels.forEach(
                    (label, level) ->
                        b.append("optionLevel[")
                            .append(field)
                            .append("][")
                            .append(label)
                            .append("]=")
                            .append(level)
                            .append('\n')));
    return b.toString();
  }

  private static void scale(StringBuilder b, String name, Scale scale) {
    b.append(name).append('=');
    for (ScaleLevel level : scale.levels()) {
      if (level.rank() > 1) {
        b.append(',');
      }
      b.append(level.label()).append(':').append(plain(level.value()));
    }
    b.append('\n');
  }

  private static void rating(StringBuilder b, String name, RatingFieldIds ids) {
    b.append(name)
        .append(".probability=")
        .append(ids.probabilityFieldId())
        .append('\n')
        .append(name)
        .append(".impacts=")
        .append(ids.impactFieldIds())
        .append('\n')
        .append(name)
        .append(".detectability=")
        .append(ids.detectabilityFieldId())
        .append('\n');
  }

  private static void threePoint(StringBuilder b, String name, ThreePointFieldIds ids) {
    b.append(name)
        .append('=')
        .append(ids.minFieldId())
        .append(',')
        .append(ids.mostLikelyFieldId())
        .append(',')
        .append(ids.maxFieldId())
        .append('\n');
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
