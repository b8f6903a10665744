package io.lodestar.pmo.engine.risk.register;

import static io.lodestar.pmo.engine.risk.register.Fixtures.TODAY;
import static io.lodestar.pmo.engine.risk.register.Fixtures.assess;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.ThreePointImpact;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RegisterViewsTest {

  private static AssessedRisk r(
      String key, String title, int p, int i, RiskStatus status, String owner, int reviewOffset) {
    return assess(
        Risk.builder(key, "ABC", title)
            .status(status)
            .owner(owner)
            .reviewDate(TODAY.plusDays(reviewOffset))
            .inherent(RiskRating.of(p, ImpactDimension.COST, i))
            .build());
  }

  private final List<AssessedRisk> register =
      List.of(
          r("ABC-1", "Vendor lock-in", 2, 2, RiskStatus.OPEN, "ann", 5),
          r("ABC-2", "budget cut", 5, 5, RiskStatus.MITIGATING, "bob", -3),
          r("ABC-10", "Attrition", 4, 4, RiskStatus.OPEN, "ann", -1),
          r("ABC-3", "Audit finding", 1, 1, RiskStatus.CLOSED, "ann", -9),
          assess(Risk.builder("ABC-4", "ABC", "Unrated thing").owner("ann").build()));

  private List<String> keys(RegisterFilter filter, RegisterSort sort) {
    RegisterWindowAccumulator target = new RegisterWindowAccumulator(filter, sort, 0, 100);
    register.forEach(risk -> target.accept(RegisterRow.of(risk)));
    return target.result().rows().stream().map(row -> row.risk().issueKey()).toList();
  }

  @Test
  void defaultSort_isWorstFirstWithUnratedLast() {
    assertThat(keys(RegisterFilter.ALL, RegisterSort.DEFAULT))
        .containsExactly("ABC-2", "ABC-10", "ABC-1", "ABC-3", "ABC-4");
  }

  @Test
  void scoreAscending_stillPutsUnratedLast() {
    assertThat(
            keys(
                RegisterFilter.ALL,
                RegisterSort.of(RegisterSort.Field.SCORE, RegisterSort.Direction.ASC)))
        .containsExactly("ABC-3", "ABC-1", "ABC-10", "ABC-2", "ABC-4");
  }

  @Test
  void keySort_isNumericWithinAProject() {
    assertThat(
            keys(
                RegisterFilter.ALL,
                RegisterSort.of(RegisterSort.Field.KEY, RegisterSort.Direction.ASC)))
        .containsExactly("ABC-1", "ABC-2", "ABC-3", "ABC-4", "ABC-10");
    assertThat(
            keys(
                RegisterFilter.ALL,
                RegisterSort.of(RegisterSort.Field.KEY, RegisterSort.Direction.DESC)))
        .containsExactly("ABC-10", "ABC-4", "ABC-3", "ABC-2", "ABC-1");
  }

  @Test
  void titleSort_ignoresCaseAndReviewDateSortPutsMissingDatesLast() {
    assertThat(
            keys(
                RegisterFilter.ALL,
                RegisterSort.of(RegisterSort.Field.TITLE, RegisterSort.Direction.ASC)))
        .containsExactly("ABC-10", "ABC-3", "ABC-2", "ABC-4", "ABC-1");
    assertThat(
            keys(
                RegisterFilter.ALL,
                RegisterSort.of(RegisterSort.Field.REVIEW_DATE, RegisterSort.Direction.DESC)))
        .containsExactly("ABC-1", "ABC-10", "ABC-2", "ABC-3", "ABC-4");
  }

  @Test
  void filters_combineStatusOwnerBandAndOverdue() {
    assertThat(keys(RegisterFilter.activeOnly().withOwner("ann"), RegisterSort.DEFAULT))
        .containsExactly("ABC-10", "ABC-1", "ABC-4");
    assertThat(keys(RegisterFilter.ALL.withBand("high"), RegisterSort.DEFAULT))
        .containsExactly("ABC-2", "ABC-10");
    assertThat(keys(RegisterFilter.ALL.overdueAsOf(TODAY), RegisterSort.DEFAULT))
        .containsExactly("ABC-2", "ABC-10");
    assertThat(
            keys(
                RegisterFilter.ALL.withStatuses(EnumSet.of(RiskStatus.CLOSED)),
                RegisterSort.DEFAULT))
        .containsExactly("ABC-3");
  }

  @Test
  void window_returnsTheRequestedSliceAndTheMatchedCount() {
    RegisterWindowAccumulator target =
        new RegisterWindowAccumulator(RegisterFilter.ALL, RegisterSort.DEFAULT, 1, 2);
    register.forEach(risk -> target.accept(RegisterRow.of(risk)));
    RegisterWindow window = target.result();
    assertThat(window.rows())
        .extracting(row -> row.risk().issueKey())
        .containsExactly("ABC-10", "ABC-1");
    assertThat(window.matched()).isEqualTo(5);
    assertThat(window.scanned()).isEqualTo(5);
    assertThat(window.startAt()).isEqualTo(1);
  }

  @Test
  void windowBeyondTheEnd_isEmpty() {
    RegisterWindowAccumulator target =
        new RegisterWindowAccumulator(RegisterFilter.ALL, RegisterSort.DEFAULT, 10, 5);
    register.forEach(risk -> target.accept(RegisterRow.of(risk)));
    assertThat(target.result().rows()).isEmpty();
    assertThat(target.result().matched()).isEqualTo(5);
  }

  @Test
  void summary_ofASmallRegister() {
    List<AssessedRisk> risks = new ArrayList<>(register);
    risks.add(
        assess(
            Risk.builder("ABC-20", "ABC", "New market")
                .kind(RiskKind.OPPORTUNITY)
                .inherent(RiskRating.of(3, ImpactDimension.SCOPE, 3))
                .costImpact(ThreePointImpact.of("100", "100", "100"))
                .build()));
    RegisterSummaryAccumulator target =
        new RegisterSummaryAccumulator(
            TODAY, RiskAppetite.portfolio(Fixtures.PMBOK.bands(), "medium"), 2);
    risks.forEach(target::accept);
    target.addHidden(7);

    RegisterSummary s = target.result();

    assertThat(s.total()).isEqualTo(6);
    assertThat(s.hidden()).isEqualTo(7);
    assertThat(s.byStatus())
        .containsEntry(RiskStatus.OPEN, 4L)
        .containsEntry(RiskStatus.MITIGATING, 1L)
        .containsEntry(RiskStatus.CLOSED, 1L)
        .containsEntry(RiskStatus.OCCURRED, 0L);
    assertThat(s.active()).isEqualTo(5);
    assertThat(s.byKind())
        .containsExactlyInAnyOrderEntriesOf(Map.of(RiskKind.THREAT, 5L, RiskKind.OPPORTUNITY, 1L));
    assertThat(s.activeByBand())
        .containsExactlyInAnyOrderEntriesOf(Map.of("high", 2L, "low", 1L, "medium", 1L));
    assertThat(s.activeUnrated()).isEqualTo(1);
    assertThat(s.overdueReviews()).isEqualTo(2);
    assertThat(s.aboveAppetite()).isEqualTo(2);
    assertThat(s.opportunityEmv()).isEqualByComparingTo("50");
    assertThat(s.threatEmv()).isEqualByComparingTo("0");
    assertThat(s.top()).extracting(AssessedRisk::issueKey).containsExactly("ABC-2", "ABC-10");
  }

  @Property(tries = 300)
  void window_equalsFilterSortThenSlice(
      @ForAll("risks") List<AssessedRisk> risks,
      @ForAll("sorts") RegisterSort sort,
      @ForAll("filters") RegisterFilter filter,
      @ForAll @IntRange(min = 0, max = 30) int startAt,
      @ForAll @IntRange(min = 0, max = 20) int maxResults) {
    List<AssessedRisk> distinct = TopRisksAccumulatorTest.distinctByKey(risks);
    RegisterWindowAccumulator target =
        new RegisterWindowAccumulator(filter, sort, startAt, maxResults);
    distinct.forEach(risk -> target.accept(RegisterRow.of(risk)));
    List<AssessedRisk> expected =
        distinct.stream()
            .filter(filter)
            .sorted(sort.comparator())
            .skip(startAt)
            .limit(maxResults)
            .toList();
    RegisterWindow window = target.result();
    assertThat(window.rows()).extracting(RegisterRow::risk).containsExactlyElementsOf(expected);
    assertThat(window.matched()).isEqualTo(distinct.stream().filter(filter).count());
  }

  @Provide
  Arbitrary<List<AssessedRisk>> risks() {
    return Fixtures.arbitraryRisk().list().ofMaxSize(70);
  }

  @Provide
  Arbitrary<RegisterSort> sorts() {
    return net.jqwik.api.Combinators.combine(
            Arbitraries.of(RegisterSort.Field.values()),
            Arbitraries.of(RegisterSort.Direction.values()))
        .as(RegisterSort::of);
  }

  @Provide
  Arbitrary<RegisterFilter> filters() {
    return Arbitraries.of(
        RegisterFilter.ALL,
        RegisterFilter.activeOnly(),
        RegisterFilter.ALL.withOwner("ann"),
        RegisterFilter.ALL.withBand("high"),
        RegisterFilter.ALL.overdueAsOf(TODAY),
        RegisterFilter.activeOnly().withBand("low").withOwner("bob"));
  }
}
