package io.lodestar.pmo.engine.standardization.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceTrendsTest {

  private static ComplianceResult result(
      String project, String template, String at, int passed, int judged) {
    ComplianceScore score = new ComplianceScore(passed, judged, passed, judged - passed, 0, 0);
    return new ComplianceResult(
        project,
        template,
        1,
        Instant.parse(at),
        List.of(),
        score,
        score.complies(BigDecimal.valueOf(90)));
  }

  private static final List<ComplianceResult> HISTORY =
      List.of(
          result("A", "delivery", "2026-12-01T02:00:00Z", 5, 10),
          result("B", "delivery", "2026-12-01T02:05:00Z", 10, 10),
          result("C", "ops", "2026-12-01T02:10:00Z", 1, 10),
          // on the 2nd only A is re-scanned, twice: the later result of the day counts
          result("A", "delivery", "2026-12-02T02:00:00Z", 7, 10),
          result("A", "delivery", "2026-12-02T09:00:00Z", 9, 10));

  @Test
  void perProject_shouldGiveOnePointPerDay_withTheDaysLatestResult() {
    List<TrendPoint> trend = ComplianceTrends.perProject(HISTORY, "A");
    assertThat(trend)
        .containsExactly(
            new TrendPoint(LocalDate.of(2026, 12, 1), 1, 0, Optional.of(new BigDecimal("50.00"))),
            new TrendPoint(LocalDate.of(2026, 12, 2), 1, 1, Optional.of(new BigDecimal("90.00"))));
    assertThat(ComplianceTrends.direction(trend)).isEqualTo(ComplianceTrends.Direction.UP);
  }

  @Test
  void perTemplate_shouldCarryForwardProjectsNotRescannedThatDay() {
    List<TrendPoint> trend = ComplianceTrends.perTemplate(HISTORY, "delivery");
    assertThat(trend)
        .containsExactly(
            new TrendPoint(LocalDate.of(2026, 12, 1), 2, 1, Optional.of(new BigDecimal("75.00"))),
            new TrendPoint(LocalDate.of(2026, 12, 2), 2, 2, Optional.of(new BigDecimal("95.00"))));
  }

  @Test
  void perPortfolio_shouldCountOnlyItsProjects() {
    List<TrendPoint> trend = ComplianceTrends.perPortfolio(HISTORY, Set.of("B", "C"));
    assertThat(trend)
        .containsExactly(
            new TrendPoint(LocalDate.of(2026, 12, 1), 2, 1, Optional.of(new BigDecimal("55.00"))));
    assertThat(ComplianceTrends.direction(trend)).isEqualTo(ComplianceTrends.Direction.UNKNOWN);
  }

  @Test
  void direction_shouldBeDownOrFlat_fromTheLastTwoPoints() {
    List<ComplianceResult> falling =
        List.of(
            result("A", "t", "2026-12-01T00:00:00Z", 9, 10),
            result("A", "t", "2026-12-02T00:00:00Z", 8, 10));
    assertThat(ComplianceTrends.direction(ComplianceTrends.perProject(falling, "A")))
        .isEqualTo(ComplianceTrends.Direction.DOWN);
    List<ComplianceResult> flat =
        List.of(
            result("A", "t", "2026-12-01T00:00:00Z", 8, 10),
            result("A", "t", "2026-12-02T00:00:00Z", 8, 10));
    assertThat(ComplianceTrends.direction(ComplianceTrends.perProject(flat, "A")))
        .isEqualTo(ComplianceTrends.Direction.FLAT);
  }
}
