package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.exposure.ExposureResult;
import java.util.List;
import java.util.Objects;

/**
 * Monte Carlo exposure of a set of projects' registers.
 *
 * @param result the simulation (P50/P80/P95 of cost and schedule, contributions per risk key)
 * @param basis which probability of each risk was simulated; never null
 * @param included risks simulated
 * @param excludedNoProbability active threats left out for lack of a probability (on {@code basis})
 * @param excludedNoImpact active threats left out for lack of a cost or schedule impact
 * @param hidden risk issues the viewer may not browse (not simulated)
 * @param unconfiguredProjectKeys requested projects skipped for lack of settings or model
 */
public record RegisterExposure(
    ExposureResult result,
    ExposureBasis basis,
    int included,
    int excludedNoProbability,
    int excludedNoImpact,
    long hidden,
    List<String> unconfiguredProjectKeys) {

  public RegisterExposure {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(basis, "basis");
    unconfiguredProjectKeys = List.copyOf(unconfiguredProjectKeys);
  }
}
