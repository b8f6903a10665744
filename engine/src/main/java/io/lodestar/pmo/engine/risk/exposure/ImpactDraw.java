package io.lodestar.pmo.engine.risk.exposure;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Draws impacts from one three-point estimate with the exposure simulation's own samplers, for
 * other simulations that fold risk impacts in (the risk-adjusted delivery forecast). Each draw is
 * in [min, max]; a fixed estimate draws its value and consumes no random number.
 */
public final class ImpactDraw {

  private final ImpactSampler sampler;

  private ImpactDraw(ImpactSampler sampler) {
    this.sampler = sampler;
  }

  /** Draws from {@code estimate} under {@code distribution}. */
  public static ImpactDraw of(ThreePointEstimate estimate, ImpactDistribution distribution) {
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(distribution, "distribution");
    return new ImpactDraw(ImpactSampler.of(estimate, distribution));
  }

  /** One impact. */
  public double next(SplittableRandom random) {
    return sampler.sample(random);
  }
}
