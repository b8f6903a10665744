package io.lodestar.pmo.engine.risk.port;

import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import java.util.Objects;

/**
 * Risk settings of one project, or the portfolio-wide default used by projects without their own.
 *
 * @param modelId id of the scoring model, &gt; 0
 * @param mapping field mapping; never null
 * @param appetiteBandKey key of the highest <em>acceptable</em> band of the model; risks in a band
 *     of strictly higher rank are above appetite; null = no appetite set (nothing is above it)
 */
public record RiskProjectSettings(long modelId, RiskFieldMapping mapping, String appetiteBandKey) {

  public RiskProjectSettings {
    if (modelId <= 0) {
      throw new IllegalArgumentException("modelId must be > 0: " + modelId);
    }
    Objects.requireNonNull(mapping, "mapping");
  }

  public static RiskProjectSettings of(
      long modelId, RiskFieldMapping mapping, String appetiteBandKey) {
    return new RiskProjectSettings(modelId, mapping, appetiteBandKey);
  }
}
