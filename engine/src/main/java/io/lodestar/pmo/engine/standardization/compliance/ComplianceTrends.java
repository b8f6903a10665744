package io.lodestar.pmo.engine.standardization.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Trends from kept results: one point per UTC day on which a result of the scope was recorded. For
 * a scope of several projects each day counts every project's latest result up to that day, so a
 * day on which only part of the portfolio was scanned does not drop the rest.
 */
public final class ComplianceTrends {

  /** Whether the last point is better, worse or the same as the one before. */
  public enum Direction {
    UP,
    DOWN,
    FLAT,
    /** Fewer than two points with a mean score. */
    UNKNOWN
  }

  private ComplianceTrends() {}

  /** The trend of one project. */
  public static List<TrendPoint> perProject(List<ComplianceResult> history, String projectKey) {
    return of(history, r -> r.projectKey().equals(projectKey));
  }

  /** The trend of every project judged against template {@code templateId} (any version). */
  public static List<TrendPoint> perTemplate(List<ComplianceResult> history, String templateId) {
    return of(history, r -> r.templateId().equals(templateId));
  }

  /** The trend of a portfolio, given the keys of its projects. */
  public static List<TrendPoint> perPortfolio(
      List<ComplianceResult> history, Set<String> projectKeys) {
    return of(history, r -> projectKeys.contains(r.projectKey()));
  }

  /** The trend of the results {@code scope} accepts. */
  public static List<TrendPoint> of(
      List<ComplianceResult> history, Predicate<ComplianceResult> scope) {
    TreeMap<LocalDate, List<ComplianceResult>> byDay = new TreeMap<>();
    history.stream()
        .filter(scope)
        .sorted(Comparator.comparing(ComplianceResult::evaluatedAt))
        .forEach(
            r ->
                byDay
                    .computeIfAbsent(
                        LocalDate.ofInstant(r.evaluatedAt(), ZoneOffset.UTC),
                        d -> new ArrayList<>())
                    .add(r));
    Map<String, ComplianceResult> latest = new HashMap<>();
    List<TrendPoint> points = new ArrayList<>();
    byDay.forEach(
        (day, results) -> {
          results.forEach(r -> latest.put(r.projectKey(), r));
          points.add(point(day, latest.values()));
        });
    return List.copyOf(points);
  }

  /** The direction of the last two points' mean scores. */
  public static Direction direction(List<TrendPoint> points) {
    List<BigDecimal> means =
        points.stream().map(TrendPoint::meanPercent).flatMap(Optional::stream).toList();
    if (means.size() < 2) {
      return Direction.UNKNOWN;
    }
    int c = means.get(means.size() - 1).compareTo(means.get(means.size() - 2));
    return c > 0 ? Direction.UP : c < 0 ? Direction.DOWN : Direction.FLAT;
  }

  private static TrendPoint point(LocalDate day, java.util.Collection<ComplianceResult> results) {
    int compliant = 0;
    BigDecimal sum = BigDecimal.ZERO;
    int scored = 0;
    for (ComplianceResult r : results) {
      compliant += r.complies() ? 1 : 0;
      Optional<BigDecimal> p = r.score().percent();
      if (p.isPresent()) {
        sum = sum.add(p.get());
        scored++;
      }
    }
    Optional<BigDecimal> mean =
        scored == 0
            ? Optional.empty()
            : Optional.of(sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP));
    return new TrendPoint(day, results.size(), compliant, mean);
  }
}
