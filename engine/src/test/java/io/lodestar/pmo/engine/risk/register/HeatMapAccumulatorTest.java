package io.lodestar.pmo.engine.risk.register;

import static io.lodestar.pmo.engine.risk.register.Fixtures.assess;
import static io.lodestar.pmo.engine.risk.register.Fixtures.risk;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HeatMapAccumulatorTest {

  @Test
  void treatedRisk_movesFromItsInherentCellToItsResidualCell() {
    HeatMapAccumulator target = HeatMapAccumulator.of(Fixtures.PMBOK);
    target.accept(
        assess(
            Risk.builder("ABC-1", "ABC", "Data centre flood")
                .inherent(RiskRating.of(4, ImpactDimension.COST, 5))
                .residual(RiskRating.of(2, ImpactDimension.COST, 3))
                .build()));
    target.accept(risk("ABC-2", 4, 5));
    target.accept(assess(Risk.builder("ABC-3", "ABC", "Unrated").build()));

    HeatMap map = target.result();

    assertThat(map.total()).isEqualTo(3);
    assertThat(map.cell(4, 5).inherent()).isEqualTo(2);
    assertThat(map.cell(4, 5).residual()).isZero();
    assertThat(map.count(RiskState.RESIDUAL, Cell.of(2, 3))).isEqualTo(1);
    assertThat(map.inherentUnrated()).isEqualTo(1);
    assertThat(map.residualUnrated()).isEqualTo(2);
  }

  @Test
  void cells_areOrderedFromTheMostLikelyRowDown() {
    HeatMap map = HeatMapAccumulator.of(Fixtures.PMBOK).result();
    assertThat(map.cells()).hasSize(25);
    assertThat(map.cells().get(0).cell()).isEqualTo(Cell.of(5, 1));
    assertThat(map.cells().get(24).cell()).isEqualTo(Cell.of(1, 5));
  }

  @Property(tries = 300)
  void heatMapTotal_equalsTheRisksFed(@ForAll("risks") List<AssessedRisk> risks) {
    HeatMapAccumulator target = HeatMapAccumulator.of(Fixtures.PMBOK);
    risks.forEach(target::accept);
    HeatMap map = target.result();
    long inherent = map.cells().stream().mapToLong(HeatMap.HeatMapCell::inherent).sum();
    long residual = map.cells().stream().mapToLong(HeatMap.HeatMapCell::residual).sum();
    assertThat(map.total()).isEqualTo(risks.size());
    assertThat(inherent + map.inherentUnrated()).isEqualTo(risks.size());
    assertThat(residual + map.residualUnrated()).isEqualTo(risks.size());
  }

  @Provide
  Arbitrary<List<AssessedRisk>> risks() {
    return Fixtures.arbitraryRisk().list().ofMaxSize(80);
  }
}
