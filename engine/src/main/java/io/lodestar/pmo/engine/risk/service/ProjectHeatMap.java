package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.register.HeatMap;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import java.util.Objects;

/**
 * A project's heat map with the model matrix to colour it.
 *
 * @param projectKey the project
 * @param heatMap counts per cell, inherent and residual
 * @param matrix the model's matrix (labels, scores, bands) in the same orientation
 * @param hidden risk issues the viewer may not browse
 */
public record ProjectHeatMap(String projectKey, HeatMap heatMap, ModelPreview matrix, long hidden) {

  public ProjectHeatMap {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(heatMap, "heatMap");
    Objects.requireNonNull(matrix, "matrix");
  }
}
