package io.lodestar.pmo.engine.forecast;

import io.lodestar.pmo.engine.risk.exposure.ThreePointEstimate;
import java.util.Objects;

/**
 * An open risk of the forecast's scope that would delay delivery if it occurred.
 *
 * @param issueKey the risk's issue key, for the report
 * @param probability its current probability of occurring, in [0, 1]
 * @param impactDays its schedule impact in working days (min, most likely, max), not negative
 */
public record ScheduleRisk(String issueKey, double probability, ThreePointEstimate impactDays) {

  public ScheduleRisk {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(impactDays, "impactDays");
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException(
          "probability of " + issueKey + " must be within [0, 1] but was " + probability);
    }
    if (impactDays.min() < 0.0) {
      throw new IllegalArgumentException(
          "impactDays of " + issueKey + " must not be negative: " + impactDays);
    }
  }
}
