package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A register at a glance, permission-faithful.
 *
 * @param total risks counted (visible to the viewer)
 * @param hidden risks the viewer may not browse (counted, never described)
 * @param byStatus count per status, every status present (0 when none)
 * @param byKind count per kind, every kind present
 * @param activeByBand active rated risks per current band key
 * @param activeUnrated active risks whose current rating is unrated
 * @param overdueReviews active risks whose review date is before the as-of date
 * @param aboveAppetite active risks above appetite
 * @param threatEmv Σ EMV of active threats, reporting currency
 * @param opportunityEmv Σ EMV of active opportunities, reporting currency
 * @param top the worst active risks, worst first
 */
public record RegisterSummary(
    long total,
    long hidden,
    Map<RiskStatus, Long> byStatus,
    Map<RiskKind, Long> byKind,
    Map<String, Long> activeByBand,
    long activeUnrated,
    long overdueReviews,
    long aboveAppetite,
    BigDecimal threatEmv,
    BigDecimal opportunityEmv,
    List<AssessedRisk> top) {

  public RegisterSummary {
    byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
    byKind = Collections.unmodifiableMap(new EnumMap<>(byKind));
    activeByBand = Collections.unmodifiableMap(new TreeMap<>(activeByBand));
    Objects.requireNonNull(threatEmv, "threatEmv");
    Objects.requireNonNull(opportunityEmv, "opportunityEmv");
    top = List.copyOf(top);
  }

  /** Active risks (OPEN, MITIGATING, ACCEPTED). */
  public long active() {
    long n = 0;
    for (Map.Entry<RiskStatus, Long> e : byStatus.entrySet()) {
      if (e.getKey().isActive()) {
        n += e.getValue();
      }
    }
    return n;
  }

  /** The same summary with {@code hidden} set. */
  public RegisterSummary withHidden(long hidden) {
    return new RegisterSummary(
        total,
        hidden,
        byStatus,
        byKind,
        activeByBand,
        activeUnrated,
        overdueReviews,
        aboveAppetite,
        threatEmv,
        opportunityEmv,
        top);
  }
}
