package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.engine.risk.assessment.StateAssessment;

/**
 * A score with its band, as a lozenge shows it.
 *
 * @param score the score as text (e.g. {@code 0.28}); empty when unrated
 * @param label the band label (e.g. {@code High}), or the translated "unrated"
 * @param colour the band colour ({@code #rgb}/{@code #rrggbb}); a neutral grey when unrated
 * @param rated whether the rating could be scored
 */
public record LevelView(String score, String label, String colour, boolean rated) {

  /** The colour of an unrated lozenge. */
  public static final String NEUTRAL = "#DFE1E6";

  /** An unrated level with the translated label. */
  public static LevelView unrated(String label) {
    return new LevelView("", label, NEUTRAL, false);
  }

  /**
   * @param assessment one state's assessment
   * @param unratedLabel the translated "not rated", shown when the state cannot be scored
   * @return the lozenge of the assessment
   */
  public static LevelView of(StateAssessment assessment, String unratedLabel) {
    return assessment
        .rated()
        .map(
            r ->
                new LevelView(r.score().toPlainString(), r.band().label(), r.band().colour(), true))
        .orElseGet(() -> unrated(unratedLabel));
  }

  /**
   * @return the colour of the lozenge's text on {@link #colour()}, legible at WCAG AA ({@link
   *     LozengeContrast})
   */
  public String textColour() {
    return LozengeContrast.textOn(colour);
  }
}
