package io.lodestar.pmo.engine.risk.exposure;

/**
 * How to run one exposure simulation.
 *
 * @param trials the number of trials, in [1, {@value #MAX_TRIALS}]
 * @param seed the seed of the random stream; the same inputs and settings give exactly the same
 *     result
 * @param distribution the distribution of every impact given its three-point estimate, not null
 */
public record SimulationSettings(int trials, long seed, ImpactDistribution distribution) {

  /** The greatest number of trials one simulation may run. */
  public static final int MAX_TRIALS = 1_000_000;

  /**
   * Validates the settings.
   *
   * @throws IllegalArgumentException naming the field if {@code trials} is outside [1, {@value
   *     #MAX_TRIALS}] or {@code distribution} is null
   */
  public SimulationSettings {
    if (trials < 1 || trials > MAX_TRIALS) {
      throw new IllegalArgumentException(
          "trials must be within [1, " + MAX_TRIALS + "] but was " + trials);
    }
    if (distribution == null) {
      throw new IllegalArgumentException("distribution must not be null");
    }
  }

  /**
   * Creates validated settings.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static SimulationSettings of(int trials, long seed, ImpactDistribution distribution) {
    return new SimulationSettings(trials, seed, distribution);
  }
}
