package io.lodestar.pmo.app.portfolio.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.portfolio.NodeRow;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig.Column;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig.Sort;
import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.Progress;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class HealthItemConfigTest {

  @Test
  public void check_shouldNameEveryBadField_whenNothingIsGiven() {
    // given a configuration with no portfolio, no columns, no sort and 0 rows
    HealthItemConfig config = new HealthItemConfig(" ", List.of(), null, 0, 0);

    // when checked
    List<Violation> violations = config.check();

    // then each field is named once
    assertThat(violations)
        .extracting(Violation::field)
        .containsExactly("portfolio", "columns", "sort", "rows");
  }

  @Test
  public void check_shouldAcceptTwentyRows_andRefuseTwentyOne() {
    HealthItemConfig twenty =
        new HealthItemConfig("DIGITAL", List.of(Column.HEALTH), Sort.NAME, 20, 0);

    assertThat(twenty.check()).isEmpty();
    assertThat(new HealthItemConfig("DIGITAL", List.of(Column.HEALTH), Sort.NAME, 21, 0).check())
        .extracting(Violation::field)
        .containsExactly("rows");
  }

  @Test
  public void new_shouldDropRepeatedColumns_keepingTheFirstOrder() {
    HealthItemConfig config =
        new HealthItemConfig(
            "DIGITAL", List.of(Column.PROGRESS, Column.HEALTH, Column.PROGRESS), Sort.NAME, 5, 0);

    assertThat(config.columns()).containsExactly(Column.PROGRESS, Column.HEALTH);
  }

  @Test
  public void order_shouldPutTheWorstHealthFirst_thenTheName_whenSortedByHealth() {
    // given programs with green, red, none and amber
    List<NodeRow> rows =
        new ArrayList<>(
            List.of(
                program("A", "Alpha", Optional.of(Rag.GREEN), 50),
                program("B", "Beta", Optional.of(Rag.RED), 10),
                program("C", "Gamma", Optional.empty(), 90),
                program("D", "Delta", Optional.of(Rag.AMBER), 30),
                program("E", "Epsilon", Optional.of(Rag.RED), 70)));

    // when sorted by health
    rows.sort(PortfolioHealthItem.order(Sort.HEALTH));

    // then red (by name), amber, green, not rated
    assertThat(rows).extracting(NodeRow::key).containsExactly("B", "E", "D", "A", "C");
  }

  @Test
  public void order_shouldPutTheLowestPercentFirst_andNaLast_whenSortedByProgress() {
    List<NodeRow> rows =
        new ArrayList<>(
            List.of(
                program("A", "Alpha", Optional.empty(), 50),
                program("B", "Beta", Optional.empty(), -1),
                program("C", "Gamma", Optional.empty(), 5)));

    rows.sort(PortfolioHealthItem.order(Sort.PROGRESS));

    assertThat(rows).extracting(NodeRow::key).containsExactly("C", "A", "B");
    rows.sort(PortfolioHealthItem.order(Sort.NAME));
    assertThat(rows).extracting(NodeRow::key).containsExactly("A", "B", "C");
  }

  /** A program row; {@code percent} below 0 is n/a. */
  private static NodeRow program(String key, String name, Optional<Rag> worst, int percent) {
    Metric m =
        percent < 0
            ? new Metric.NotApplicable("lodestar.portfolio.progress.na.noItems")
            : new Metric.Value(BigDecimal.valueOf(percent));
    return new NodeRow(
        "PROGRAM",
        key,
        name,
        Optional.empty(),
        Optional.of(new Progress(PercentCompleteMethod.BY_COUNT, m, 0, 0)),
        Optional.empty(),
        worst);
  }
}
