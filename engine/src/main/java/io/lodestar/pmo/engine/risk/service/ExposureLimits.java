package io.lodestar.pmo.engine.risk.service;

/**
 * Bounds on one exposure simulation, so that no request can hold unbounded memory or CPU. The
 * simulator keeps one small input per risk and draws {@code trials × risks} occurrences (plus as
 * many impacts): at the defaults, at most 5,000 inputs and 50,000,000 draws, about 0.3 s of one CPU
 * at the benchmark's 6 ns per draw.
 *
 * @param maxRisks most risks one simulation takes, at least 1
 * @param maxDraws most {@code trials × risks} one simulation runs, at least {@code maxRisks}
 */
public record ExposureLimits(int maxRisks, long maxDraws) {

  /** 5,000 risks and 50,000,000 draws. */
  public static final ExposureLimits DEFAULT = new ExposureLimits(5_000, 50_000_000L);

  public ExposureLimits {
    if (maxRisks < 1) {
      throw new IllegalArgumentException("maxRisks < 1: " + maxRisks);
    }
    if (maxDraws < maxRisks) {
      throw new IllegalArgumentException("maxDraws < maxRisks: " + maxDraws);
    }
  }

  /** Limits of {@code maxRisks} risks and {@code maxDraws} draws. */
  public static ExposureLimits of(int maxRisks, long maxDraws) {
    return new ExposureLimits(maxRisks, maxDraws);
  }

  /** The most trials that fit for {@code risks} risks (at least 1 risk assumed). */
  public long maxTrials(long risks) {
    return maxDraws / Math.max(1, risks);
  }
}
