package io.lodestar.pmo.engine.portfolio.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One date of the S-curve: cumulative planned value, earned value and actual cost, in the series'
 * currency. A figure that was n/a on that date is null, so a chart leaves a gap instead of drawing
 * a zero.
 *
 * @param date the snapshot's date
 * @param pv planned value; null when n/a
 * @param ev earned value; null when n/a
 * @param ac actual cost; null when n/a
 */
public record SCurvePoint(LocalDate date, BigDecimal pv, BigDecimal ev, BigDecimal ac) {

  public SCurvePoint {
    Objects.requireNonNull(date, "date");
  }
}
