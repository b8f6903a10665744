package io.lodestar.pmo.engine.portfolio.snapshot;

import io.lodestar.pmo.engine.health.HealthDimension;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a node looked like at the end of one day: the earned-value inputs, the work by status
 * category, story points, % complete, health per dimension and the risk exposure. Stored once per
 * {@link SnapshotKey} by the nightly job; trends, baselines and the S-curve are read from a series
 * of them.
 *
 * <p>Money is in the node's {@code currency} ({@link BigDecimal}, the precision it was computed
 * with). A figure that could not be computed (no budget, no baseline, no worklogs with a rate, no
 * estimate, no register) is {@code null}, read "n/a": never stored as 0, which a chart would draw
 * as a real value.
 *
 * @param key node and date
 * @param currency ISO 4217 code of every amount
 * @param bac budget at completion; null when n/a
 * @param pv planned value at the date; null when n/a
 * @param ev earned value at the date; null when n/a
 * @param ac actual cost to the date; null when n/a
 * @param statusCounts issues by status category
 * @param pointsTotal story points of all issues, at least 0
 * @param pointsDone story points of done issues, in [0, pointsTotal]
 * @param percentComplete % complete by the node's method, in [0, 100]; null when n/a
 * @param rag health per dimension; a dimension that was not evaluated is absent
 * @param overall overall health; null when no dimension was evaluated
 * @param exposureP80 P80 of the register's cost exposure; null when the node has no register
 */
public record MetricSnapshot(
    SnapshotKey key,
    String currency,
    BigDecimal bac,
    BigDecimal pv,
    BigDecimal ev,
    BigDecimal ac,
    StatusCounts statusCounts,
    BigDecimal pointsTotal,
    BigDecimal pointsDone,
    BigDecimal percentComplete,
    Map<HealthDimension, Rag> rag,
    Rag overall,
    BigDecimal exposureP80) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public MetricSnapshot {
    Objects.requireNonNull(key, "key");
    currency = Money.checkCurrency(currency);
    nonNegative("bac", bac);
    nonNegative("pv", pv);
    nonNegative("ev", ev);
    nonNegative("ac", ac);
    nonNegative("exposureP80", exposureP80);
    Objects.requireNonNull(statusCounts, "statusCounts");
    Objects.requireNonNull(pointsTotal, "pointsTotal");
    Objects.requireNonNull(pointsDone, "pointsDone");
    nonNegative("pointsTotal", pointsTotal);
    nonNegative("pointsDone", pointsDone);
    if (pointsDone.compareTo(pointsTotal) > 0) {
      throw new IllegalArgumentException(
          "pointsDone (" + pointsDone + ") must not exceed pointsTotal (" + pointsTotal + ")");
    }
    if (percentComplete != null
        && (percentComplete.signum() < 0 || percentComplete.compareTo(HUNDRED) > 0)) {
      throw new IllegalArgumentException("percentComplete must be in [0, 100]: " + percentComplete);
    }
    Objects.requireNonNull(rag, "rag");
    EnumMap<HealthDimension, Rag> copy = new EnumMap<>(HealthDimension.class);
    rag.forEach(
        (d, r) ->
            copy.put(Objects.requireNonNull(d, "dimension"), Objects.requireNonNull(r, "rag")));
    rag = Collections.unmodifiableMap(copy);
    if (overall == null && !rag.isEmpty()) {
      throw new IllegalArgumentException("overall must be given when a dimension was evaluated");
    }
  }

  /** The node. */
  public SnapshotNode node() {
    return key.node();
  }

  /** The status date. */
  public LocalDate date() {
    return key.date();
  }

  /** A builder with every optional figure n/a, no issues and no points. */
  public static Builder builder(SnapshotKey key, String currency) {
    return new Builder(key, currency);
  }

  private static void nonNegative(String field, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
  }

  /** Collects the figures of one snapshot; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {
    private final SnapshotKey key;
    private final String currency;
    private BigDecimal bac;
    private BigDecimal pv;
    private BigDecimal ev;
    private BigDecimal ac;
    private StatusCounts statusCounts = StatusCounts.NONE;
    private BigDecimal pointsTotal = BigDecimal.ZERO;
    private BigDecimal pointsDone = BigDecimal.ZERO;
    private BigDecimal percentComplete;
    private final Map<HealthDimension, Rag> rag = new EnumMap<>(HealthDimension.class);
    private Rag overall;
    private BigDecimal exposureP80;

    private Builder(SnapshotKey key, String currency) {
      this.key = key;
      this.currency = currency;
    }

    /** BAC, PV, EV, AC; each may be null (n/a). */
    public Builder earnedValue(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
      this.bac = bac;
      this.pv = pv;
      this.ev = ev;
      this.ac = ac;
      return this;
    }

    public Builder statusCounts(StatusCounts counts) {
      this.statusCounts = counts;
      return this;
    }

    public Builder points(BigDecimal total, BigDecimal done) {
      this.pointsTotal = total;
      this.pointsDone = done;
      return this;
    }

    public Builder percentComplete(BigDecimal percent) {
      this.percentComplete = percent;
      return this;
    }

    /** One dimension's health; the overall becomes the worst of the dimensions unless set. */
    public Builder rag(HealthDimension dimension, Rag value) {
      rag.put(dimension, value);
      return this;
    }

    public Builder overall(Rag value) {
      this.overall = value;
      return this;
    }

    public Builder exposureP80(BigDecimal amount) {
      this.exposureP80 = amount;
      return this;
    }

    public MetricSnapshot build() {
      Rag worst = overall;
      if (worst == null) {
        for (Rag r : rag.values()) {
          worst = worst == null ? r : worst.worse(r);
        }
      }
      return new MetricSnapshot(
          key,
          currency,
          bac,
          pv,
          ev,
          ac,
          statusCounts,
          pointsTotal,
          pointsDone,
          percentComplete,
          rag,
          worst,
          exposureP80);
    }
  }
}
