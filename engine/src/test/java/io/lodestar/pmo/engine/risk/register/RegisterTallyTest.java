package io.lodestar.pmo.engine.risk.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Tallies maintained by adding and subtracting risks equal a recount and the accumulators. */
class RegisterTallyTest {

  @Provide
  Arbitrary<List<AssessedRisk>> registers() {
    return Fixtures.arbitraryRisk().list().ofMaxSize(60);
  }

  @Property(tries = 200)
  void heatMapAndSummary_shouldEqualTheAccumulators_forAnyRegister(
      @ForAll("registers") List<AssessedRisk> risks) {
    // given
    var appetite = Fixtures.PMBOK.bands().byKey("medium").orElseThrow();
    List<MaterialisedAssessment> rows =
        risks.stream().map(r -> MaterialisedAssessment.of(r, appetite)).toList();
    HeatMapAccumulator heat = HeatMapAccumulator.of(Fixtures.PMBOK);
    RegisterSummaryAccumulator summary =
        new RegisterSummaryAccumulator(Fixtures.TODAY, RiskAppetite.portfolio(appetite), 0);
    risks.forEach(heat::accept);
    risks.forEach(summary::accept);

    // when
    List<RegisterTally.Entry> entries = RegisterTally.recount(rows);

    // then
    assertThat(RegisterTally.heatMap(entries, 5, 5)).isEqualTo(heat.result());
    assertThat(RegisterTally.summary(entries, Fixtures.TODAY, 3))
        .isEqualTo(summary.result().withHidden(3));
  }

  @Property(tries = 200)
  void maintainedEntries_shouldEqualARecount_afterRandomEdits(
      @ForAll("registers") List<AssessedRisk> before,
      @ForAll("registers") List<AssessedRisk> after) {
    // given: risk n of "before" is edited into risk n of "after"; extra ones added or removed
    Map<String, long[]> counts = new HashMap<>();
    Map<String, BigDecimal> amounts = new HashMap<>();
    List<MaterialisedAssessment> current = new ArrayList<>();
    for (AssessedRisk r : before) {
      MaterialisedAssessment m = MaterialisedAssessment.of(r, null);
      current.add(m);
      apply(counts, amounts, RegisterTally.entriesOf(m));
    }
    // when
    for (int n = 0; n < Math.max(before.size(), after.size()); n++) {
      if (n < current.size()) {
        apply(
            counts,
            amounts,
            RegisterTally.entriesOf(current.get(n)).stream()
                .map(RegisterTally.Entry::negated)
                .toList());
      }
      if (n < after.size()) {
        MaterialisedAssessment m = MaterialisedAssessment.of(after.get(n), null);
        apply(counts, amounts, RegisterTally.entriesOf(m));
      }
    }
    // then
    Map<String, long[]> expected = new HashMap<>();
    Map<String, BigDecimal> expectedAmounts = new HashMap<>();
    apply(
        expected,
        expectedAmounts,
        RegisterTally.recount(
            after.stream().map(r -> MaterialisedAssessment.of(r, null)).toList()));
    counts.values().removeIf(c -> c[0] == 0);
    assertThat(counts.keySet()).isEqualTo(expected.keySet());
    expected.forEach((k, v) -> assertThat(counts.get(k)[0]).isEqualTo(v[0]));
  }

  private static void apply(
      Map<String, long[]> counts, Map<String, BigDecimal> amounts, List<RegisterTally.Entry> es) {
    for (RegisterTally.Entry e : es) {
      String key = e.dimension() + "/" + e.bucket();
      counts.computeIfAbsent(key, k -> new long[1])[0] += e.count();
      amounts.merge(key, e.amount(), BigDecimal::add);
    }
  }

  @Property(tries = 500)
  void fold_shouldOrderAsCaseInsensitiveOrder_forAnyTexts(
      @ForAll("texts") String a, @ForAll("texts") String b) {
    assertThat(
            Integer.signum(
                MaterialisedAssessment.fold(a).compareTo(MaterialisedAssessment.fold(b))))
        .isEqualTo(Integer.signum(String.CASE_INSENSITIVE_ORDER.compare(a, b)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aAbBzZäÄßıIiİσΣς_- 0").ofMaxLength(5);
  }
}
