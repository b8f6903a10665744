package io.lodestar.pmo.engine.risk.register;

import static io.lodestar.pmo.engine.risk.register.Fixtures.risk;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TopRisksAccumulatorTest {

  @Test
  void topThree_areTheHighestScoresWithTiesByIssueKey() {
    TopRisksAccumulator target = new TopRisksAccumulator(3);
    target.accept(risk("ABC-10", 5, 5)); // 0.72
    target.accept(risk("ABC-9", 5, 5)); // 0.72, sorts before ABC-10
    target.accept(risk("ABC-2", 1, 1)); // 0.01
    target.accept(risk("ABC-3", 4, 4)); // 0.28
    target.accept(risk("ABC-4", 3, 4)); // 0.20
    assertThat(target.result())
        .extracting(AssessedRisk::issueKey)
        .containsExactly("ABC-9", "ABC-10", "ABC-3");
  }

  @Test
  void unratedRisks_areNeverTopRisks() {
    TopRisksAccumulator target = new TopRisksAccumulator(5);
    target.accept(
        Fixtures.assess(io.lodestar.pmo.engine.risk.Risk.builder("A-1", "A", "t").build()));
    assertThat(target.result()).isEmpty();
  }

  @Test
  void topZero_isEmpty() {
    TopRisksAccumulator target = new TopRisksAccumulator(0);
    target.accept(risk("ABC-1", 5, 5));
    assertThat(target.result()).isEmpty();
  }

  @Property(tries = 300)
  void topN_equalsSortThenLimit(
      @ForAll("risks") List<AssessedRisk> risks, @ForAll @IntRange(min = 0, max = 15) int n) {
    List<AssessedRisk> distinct = distinctByKey(risks);
    TopRisksAccumulator target = new TopRisksAccumulator(n);
    distinct.forEach(target::accept);
    List<AssessedRisk> expected =
        distinct.stream()
            .filter(r -> r.current().isRated())
            .sorted(RiskRanking.WORST_FIRST)
            .limit(n)
            .toList();
    assertThat(target.result()).containsExactlyElementsOf(expected);
  }

  static List<AssessedRisk> distinctByKey(List<AssessedRisk> risks) {
    java.util.Map<String, AssessedRisk> byKey = new java.util.LinkedHashMap<>();
    risks.forEach(r -> byKey.putIfAbsent(r.issueKey(), r));
    return List.copyOf(byKey.values());
  }

  @Provide
  Arbitrary<List<AssessedRisk>> risks() {
    return Fixtures.arbitraryRisk().list().ofMaxSize(80);
  }
}
