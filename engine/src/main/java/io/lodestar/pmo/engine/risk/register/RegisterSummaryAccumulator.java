package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds a {@link RegisterSummary} in one pass; combines the overdue, appetite, snapshot and top-N
 * views. Memory O(topN + bands). Risks may come from several projects (each assessed with its own
 * model); hidden counts are added per source page with {@link #addHidden(long)}.
 */
public final class RegisterSummaryAccumulator implements RegisterAccumulator<RegisterSummary> {

  private final LocalDate asOf;
  private final RiskAppetite appetite;
  private final TopRisksAccumulator top;
  private final ExposureSnapshotAccumulator exposure;
  private final Map<RiskStatus, Long> byStatus = new EnumMap<>(RiskStatus.class);
  private final Map<RiskKind, Long> byKind = new EnumMap<>(RiskKind.class);
  private final Map<String, Long> activeByBand = new TreeMap<>();
  private long total;
  private long hidden;
  private long activeUnrated;
  private long overdue;
  private long aboveAppetite;

  /**
   * @param asOf today, for overdue reviews
   * @param appetite appetite per project ({@link RiskAppetite#NONE} for none)
   * @param topN how many worst active risks to keep
   */
  public RegisterSummaryAccumulator(LocalDate asOf, RiskAppetite appetite, int topN) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.appetite = Objects.requireNonNull(appetite, "appetite");
    this.top = new TopRisksAccumulator(topN);
    this.exposure = new ExposureSnapshotAccumulator(asOf);
    for (RiskStatus s : RiskStatus.values()) {
      byStatus.put(s, 0L);
    }
    for (RiskKind k : RiskKind.values()) {
      byKind.put(k, 0L);
    }
  }

  /** Adds risks the viewer may not browse (from a source page). */
  public void addHidden(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count < 0");
    }
    hidden += count;
  }

  @Override
  public void accept(AssessedRisk risk) {
    total++;
    byStatus.merge(risk.risk().status(), 1L, Long::sum);
    byKind.merge(risk.risk().kind(), 1L, Long::sum);
    exposure.accept(risk);
    if (!risk.risk().status().isActive()) {
      return;
    }
    risk.current()
        .bandIfRated()
        .ifPresentOrElse(b -> activeByBand.merge(b.key(), 1L, Long::sum), () -> activeUnrated++);
    if (risk.risk().isReviewOverdue(asOf)) {
      overdue++;
    }
    if (appetite.isAbove(risk)) {
      aboveAppetite++;
    }
    top.accept(risk);
  }

  @Override
  public RegisterSummary result() {
    ExposureSnapshot snapshot = exposure.result();
    return new RegisterSummary(
        total,
        hidden,
        byStatus,
        byKind,
        activeByBand,
        activeUnrated,
        overdue,
        aboveAppetite,
        snapshot.totalEmv(),
        snapshot.opportunityEmv(),
        top.result());
  }
}
