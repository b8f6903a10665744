package io.lodestar.pmo.app.risk.panel;

import io.lodestar.pmo.app.risk.web.LevelView;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.StateAssessment;
import io.lodestar.pmo.engine.risk.scoring.Band;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of Lodestar's two calculated fields, "Lodestar risk score" and "Lodestar risk level",
 * and the contexts of their view templates: what Jira's custom-field types return and hand to the
 * templates, and what the sandbox's issue view renders with the same templates. Both come from the
 * risk's current assessment (residual when rated, else inherent); a non-risk has no value.
 */
public final class RiskFieldViews {

  /** The view (and column view) template of the level field. */
  public static final String LEVEL_TEMPLATE = "templates/risk/cf-level-view.vm";

  /** The view (and column view) template of the score field. */
  public static final String SCORE_TEMPLATE = "templates/risk/cf-score-view.vm";

  /** The template parameter holding the value, as Jira names it. */
  public static final String VALUE_PARAM = "value";

  /** The level template's parameter holding the {@link LevelView}, for the coloured lozenge. */
  public static final String LEVEL_PARAM = "lodestarLevel";

  private RiskFieldViews() {}

  /**
   * @return the score field's value: the current score; empty when unrated
   */
  public static Optional<Double> score(AssessedRisk risk) {
    return risk.current().scoreIfRated().map(s -> s.doubleValue());
  }

  /**
   * @return the level field's value: the current band's label; empty when unrated
   */
  public static Optional<String> levelLabel(AssessedRisk risk) {
    return risk.current().bandIfRated().map(Band::label);
  }

  /**
   * @return the level field's lozenge: the current score and band; empty when unrated
   */
  public static Optional<LevelView> level(AssessedRisk risk) {
    StateAssessment current = risk.current();
    return current.rated().map(r -> LevelView.of(r, ""));
  }

  /**
   * @param risk the assessed risk; null for an issue that is not a risk
   * @return the score template's context ({@code $value}, or nothing)
   */
  public static Map<String, Object> scoreContext(AssessedRisk risk) {
    Map<String, Object> context = new HashMap<>();
    if (risk != null) {
      score(risk).ifPresent(v -> context.put(VALUE_PARAM, v));
    }
    return context;
  }

  /**
   * @param risk the assessed risk; null for an issue that is not a risk
   * @return the level template's context ({@code $value} and {@code $lodestarLevel}, or nothing)
   */
  public static Map<String, Object> levelContext(AssessedRisk risk) {
    Map<String, Object> context = new HashMap<>();
    if (risk != null) {
      levelLabel(risk).ifPresent(v -> context.put(VALUE_PARAM, v));
      level(risk).ifPresent(v -> context.put(LEVEL_PARAM, v));
    }
    return context;
  }
}
