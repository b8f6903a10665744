package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.engine.risk.exposure.DimensionExposure;
import io.lodestar.pmo.engine.risk.exposure.ExposureResult;
import io.lodestar.pmo.engine.risk.exposure.RiskContribution;
import io.lodestar.pmo.engine.risk.service.ExposureBasis;
import io.lodestar.pmo.engine.risk.service.RegisterExposure;
import java.util.List;
import java.util.Locale;

/**
 * The result of an exposure simulation of a project's register.
 *
 * @param trials trials run
 * @param seed the seed used; send it back to reproduce this result exactly
 * @param distribution {@code triangular} or {@code pert}
 * @param state whose probability was simulated: {@code inherent}, {@code residual} or {@code
 *     current}
 * @param cost cost exposure, in the reporting currency
 * @param schedule schedule exposure, in working days
 * @param simulatedRisks how many of the viewer's visible risks took part (active, with a
 *     probability and at least one three-point impact)
 * @param hiddenCount risks of the project the viewer may not browse, left out
 * @param excludedNoProbability active threats left out for lack of a probability (on {@code state})
 * @param excludedNoImpact active threats left out for lack of a three-point cost or schedule
 *     estimate
 */
public record ExposureJson(
    int trials,
    long seed,
    String distribution,
    String state,
    DimensionJson cost,
    DimensionJson schedule,
    int simulatedRisks,
    int hiddenCount,
    int excludedNoProbability,
    int excludedNoImpact) {

  /**
   * One dimension.
   *
   * @param p50 median total
   * @param p80 80th percentile of the total
   * @param p95 95th percentile of the total
   * @param mean mean total
   * @param standardDeviation sample standard deviation of the total
   * @param emv expected monetary value (closed form): sum of probability × mean impact
   * @param tornado each risk's contribution, largest first
   */
  public record DimensionJson(
      double p50,
      double p80,
      double p95,
      double mean,
      double standardDeviation,
      double emv,
      List<ContributionJson> tornado) {

    static DimensionJson of(DimensionExposure e) {
      return new DimensionJson(
          e.p50(),
          e.p80(),
          e.p95(),
          e.mean(),
          e.standardDeviation(),
          e.emv(),
          e.contributions().stream().map(ContributionJson::of).toList());
    }
  }

  /**
   * One bar of the tornado.
   *
   * @param issueKey the risk
   * @param emv probability × mean impact
   * @param swing mean impact if it occurs
   * @param varianceShare share of the total's variance, 0..1
   */
  public record ContributionJson(String issueKey, double emv, double swing, double varianceShare) {
    static ContributionJson of(RiskContribution c) {
      return new ContributionJson(c.riskKey(), c.emv(), c.swing(), c.varianceShare());
    }
  }

  /** The JSON of a register's simulation, with what it left out and why. */
  public static ExposureJson of(RegisterExposure exposure) {
    ExposureResult r = exposure.result();
    return new ExposureJson(
        r.trials(),
        r.seed(),
        r.distribution().name().toLowerCase(Locale.ROOT),
        exposure.basis().name().toLowerCase(Locale.ROOT),
        DimensionJson.of(r.cost()),
        DimensionJson.of(r.schedule()),
        exposure.included(),
        (int) exposure.hidden(),
        exposure.excludedNoProbability(),
        exposure.excludedNoImpact());
  }

  /** The JSON of a simulation result (nothing left out). */
  public static ExposureJson of(
      ExposureResult r, ExposureBasis basis, int simulatedRisks, int hiddenCount) {
    return new ExposureJson(
        r.trials(),
        r.seed(),
        r.distribution().name().toLowerCase(Locale.ROOT),
        basis.name().toLowerCase(Locale.ROOT),
        DimensionJson.of(r.cost()),
        DimensionJson.of(r.schedule()),
        simulatedRisks,
        hiddenCount,
        0,
        0);
  }
}
