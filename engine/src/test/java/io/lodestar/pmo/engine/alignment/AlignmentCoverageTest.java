package io.lodestar.pmo.engine.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentCoverageTest {

  private static StrategicObjective objective(String id) {
    return new StrategicObjective(
        id,
        "Objective " + id,
        "cso",
        LocalDate.of(2027, 12, 31),
        BigDecimal.ONE,
        "NPS",
        BigDecimal.TEN);
  }

  private static final List<StrategicObjective> OBJECTIVES =
      List.of(objective("GROW"), objective("RETAIN"), objective("COMPLY"));

  private static final List<AlignedProject> PROJECTS =
      List.of(
          new AlignedProject("SHOP", Money.of("600", "EUR"), 30),
          new AlignedProject("CRM", Money.of("300", "EUR"), 10),
          new AlignedProject("WIKI", Money.of("100", "EUR"), 60));

  @Test
  void coverage_shouldNameUncoveredObjectivesAndUnalignedProjects_andWeighShares() {
    List<ObjectiveLink> links =
        List.of(
            new ObjectiveLink("SHOP", "GROW", BigDecimal.valueOf(50)),
            new ObjectiveLink("SHOP", "RETAIN", BigDecimal.valueOf(50)),
            new ObjectiveLink("CRM", "RETAIN", BigDecimal.valueOf(100)));

    AlignmentCoverage target = AlignmentCoverage.of("EUR", OBJECTIVES, PROJECTS, links);

    assertThat(target.uncoveredObjectives()).containsExactly("COMPLY");
    assertThat(target.unalignedProjects()).containsExactly("WIKI");
    AlignmentCoverage.ObjectiveShare retain = target.objectives().get("RETAIN");
    assertThat(retain.budget()).isEqualTo(Money.of("600", "EUR"));
    assertThat(retain.budgetSharePercent().rounded(1).orElseThrow()).isEqualByComparingTo("60.0");
    // (30·0.5 + 10) of 100 open items.
    assertThat(retain.openWorkSharePercent().rounded(1).orElseThrow()).isEqualByComparingTo("25.0");
    assertThat(target.unalignedBudgetShare().rounded(1).orElseThrow()).isEqualByComparingTo("10.0");
  }

  @Test
  void coverage_shouldRefuseSharesAboveOneHundred_andUnknownNames() {
    List<ObjectiveLink> tooMuch =
        List.of(
            new ObjectiveLink("SHOP", "GROW", BigDecimal.valueOf(70)),
            new ObjectiveLink("SHOP", "RETAIN", BigDecimal.valueOf(40)));

    assertThatThrownBy(() -> AlignmentCoverage.of("EUR", OBJECTIVES, PROJECTS, tooMuch))
        .hasMessageContaining("SHOP add up to 110");
    assertThatThrownBy(
            () ->
                AlignmentCoverage.of(
                    "EUR",
                    OBJECTIVES,
                    PROJECTS,
                    List.of(new ObjectiveLink("NOPE", "GROW", BigDecimal.TEN))))
        .hasMessageContaining("unknown project NOPE");
    assertThatThrownBy(() -> AlignmentCoverage.of("USD", OBJECTIVES, PROJECTS, List.of()))
        .hasMessageContaining("EUR");
  }

  @Test
  void check_shouldNameEachRefusedField() {
    assertThat(StrategicObjective.check("", null, null, BigDecimal.ZERO, "x".repeat(256), null))
        .extracting(v -> v.field())
        .containsExactly("name", "owner", "horizon", "weight", "kpi", "kpiTarget");
  }
}
