package io.lodestar.pmo.engine.evm;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Earned schedule (time-based earned value, DOMAIN.md): the time at which the plan expected the
 * value earned so far. Unlike the cost-based SPI, SPI(t) does not drift to 1 at completion for a
 * late project.
 *
 * @param earnedSchedule ES = C + I, in periods
 * @param actualTime AT, elapsed periods at the status date
 * @param plannedDuration PD, periods of the plan
 * @param scheduleVariance SV(t) = ES − AT, in periods
 * @param spi SPI(t) = ES / AT; n/a when AT = 0
 * @param tspi TSPI = (PD − ES) / (PD − AT); n/a when AT = PD
 * @param ieac IEAC(t) = PD / SPI(t), in periods; n/a when SPI(t) is n/a or 0
 */
public record EarnedSchedule(
    Metric earnedSchedule,
    int actualTime,
    int plannedDuration,
    Metric scheduleVariance,
    Metric spi,
    Metric tspi,
    Metric ieac) {

  static final String NO_ELAPSED_TIME = "lodestar.evm.na.noElapsedTime";
  static final String PLANNED_DURATION_ELAPSED = "lodestar.evm.na.plannedDurationElapsed";
  static final String NOTHING_EARNED = "lodestar.evm.na.nothingEarned";

  public EarnedSchedule {
    Objects.requireNonNull(earnedSchedule, "earnedSchedule");
    Objects.requireNonNull(scheduleVariance, "scheduleVariance");
    Objects.requireNonNull(spi, "spi");
    Objects.requireNonNull(tspi, "tspi");
    Objects.requireNonNull(ieac, "ieac");
  }

  /**
   * Computes earned schedule from the plan's cumulative PV per period.
   *
   * @param cumulativePlannedValue PV_cum(1..PD): the plan's cumulative value at the end of each
   *     period, non-decreasing and non-negative, at least one period; PV_cum(0) is 0
   * @param earnedValue EV at the status date, at least 0 (in the same unit as the PV)
   * @param actualTime AT, whole periods elapsed at the status date, at least 0
   * @throws IllegalArgumentException naming the field on invalid input
   */
  public static EarnedSchedule of(
      List<BigDecimal> cumulativePlannedValue, BigDecimal earnedValue, int actualTime) {
    Objects.requireNonNull(cumulativePlannedValue, "cumulativePlannedValue");
    Objects.requireNonNull(earnedValue, "earnedValue");
    int pd = cumulativePlannedValue.size();
    if (pd == 0) {
      throw new IllegalArgumentException("cumulativePlannedValue must hold at least one period");
    }
    if (earnedValue.signum() < 0) {
      throw new IllegalArgumentException("earnedValue must not be negative: " + earnedValue);
    }
    if (actualTime < 0) {
      throw new IllegalArgumentException("actualTime must not be negative: " + actualTime);
    }
    BigDecimal previous = BigDecimal.ZERO;
    for (int i = 0; i < pd; i++) {
      BigDecimal value = Objects.requireNonNull(cumulativePlannedValue.get(i), "period " + (i + 1));
      if (value.compareTo(previous) < 0) {
        throw new IllegalArgumentException(
            "cumulativePlannedValue[" + i + "] must not be below the period before it: " + value);
      }
      previous = value;
    }
    BigDecimal es = earnedSchedule(cumulativePlannedValue, earnedValue);
    BigDecimal at = BigDecimal.valueOf(actualTime);
    BigDecimal plannedDuration = BigDecimal.valueOf(pd);
    Metric spi = Metric.quotient(es, at, NO_ELAPSED_TIME);
    Metric tspi =
        Metric.quotient(
            plannedDuration.subtract(es), plannedDuration.subtract(at), PLANNED_DURATION_ELAPSED);
    Metric ieac =
        spi.value()
            .map(s -> Metric.quotient(plannedDuration.multiply(at), es, NOTHING_EARNED))
            .orElse(spi);
    return new EarnedSchedule(
        Metric.of(es), actualTime, pd, Metric.of(es.subtract(at)), spi, tspi, ieac);
  }

  /**
   * ES = C + I: C the number of whole periods whose PV_cum is at most EV, I the fraction of period
   * C + 1 that EV reaches. EV at or above the plan's total gives PD.
   */
  private static BigDecimal earnedSchedule(List<BigDecimal> cumulative, BigDecimal ev) {
    int pd = cumulative.size();
    int c = 0;
    while (c < pd && cumulative.get(c).compareTo(ev) <= 0) {
      c++;
    }
    if (c == pd) {
      return BigDecimal.valueOf(pd);
    }
    BigDecimal before = c == 0 ? BigDecimal.ZERO : cumulative.get(c - 1);
    BigDecimal after = cumulative.get(c); // > ev >= before, so the step is positive
    BigDecimal fraction = ev.subtract(before).divide(after.subtract(before), Metric.PRECISION);
    return BigDecimal.valueOf(c).add(fraction);
  }
}
