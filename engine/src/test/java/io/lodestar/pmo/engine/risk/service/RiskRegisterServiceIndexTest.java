package io.lodestar.pmo.engine.risk.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.register.CellCriterion;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register answered from an {@link AssessedRiskIndex} equals the register walked, for random
 * registers, and reads only the page's records.
 */
class RiskRegisterServiceIndexTest {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  static final RiskFieldMapping MAPPING =
      RiskFieldMapping.builder()
          .inherent(RatingFieldIds.of("p", ImpactDimension.COST, "i"))
          .residual(RatingFieldIds.of("rp", ImpactDimension.COST, "ri"))
          .ownerFieldId("owner")
          .reviewDateFieldId("review")
          .cost(ThreePointFieldIds.of("cmin", "cml", "cmax"))
          .build();

  static final String[] CATEGORIES = {"new", "indeterminate", "done"};

  final InMemoryPorts.Source source = new InMemoryPorts.Source();
  final InMemoryPorts.Settings settings = new InMemoryPorts.Settings();
  final InMemoryPorts.Models models = new InMemoryPorts.Models();
  final InMemoryPorts.RecomputedIndex index =
      new InMemoryPorts.RecomputedIndex(source, settings, models);
  ScoringModel pmbok;
  RiskRegisterService walked;
  RiskRegisterService indexed;

  @BeforeEach
  void setUp() {
    pmbok = models.create(FormulaModel.pmbokDefault());
    settings.put("ABC", RiskProjectSettings.of(pmbok.id(), MAPPING, "medium"));
    settings.put("XYZ", RiskProjectSettings.of(pmbok.id(), MAPPING, null));
    walked = new RiskRegisterService(source, settings, models, 7);
    indexed = new RiskRegisterService(source, settings, models, 7, ExposureLimits.DEFAULT, index);
  }

  static RawRiskRecord random(Random random, String key) {
    Map<String, RawValue> fields = new HashMap<>();
    if (random.nextInt(8) > 0) {
      fields.put("p", RawValue.option(1 + random.nextInt(5), "p"));
    }
    if (random.nextInt(8) > 0) {
      fields.put("i", RawValue.option(1 + random.nextInt(5), "i"));
    }
    if (random.nextBoolean()) {
      fields.put("rp", RawValue.option(1 + random.nextInt(5), "rp"));
      fields.put("ri", RawValue.option(1 + random.nextInt(5), "ri"));
    }
    if (random.nextInt(4) > 0) {
      fields.put("owner", RawValue.user(random.nextBoolean() ? "ann" : "bob"));
    }
    if (random.nextInt(4) > 0) {
      fields.put("review", RawValue.date(TODAY.plusDays(random.nextInt(40) - 20)));
    }
    if (random.nextBoolean()) {
      int min = random.nextInt(1000);
      fields.put("cmin", RawValue.number(Integer.toString(min)));
      fields.put("cml", RawValue.number(Integer.toString(min + random.nextInt(1000))));
      fields.put("cmax", RawValue.number(Integer.toString(min + 1000 + random.nextInt(1000))));
    }
    String[] titles = {"Vendor", "vendor", "Ämter", "alpha", "Beta", "beta", ""};
    return RawRiskRecord.of(
        key,
        key.substring(0, key.indexOf('-')),
        titles[random.nextInt(titles.length)] + random.nextInt(3),
        CATEGORIES[random.nextInt(3)],
        fields);
  }

  void fill(long seed, int abc, int xyz) {
    Random random = new Random(seed);
    for (int n = 1; n <= abc; n++) {
      source.add(random(random, "ABC-" + n));
      if (random.nextInt(6) == 0) {
        source.deny("carl", "ABC-" + n);
      }
    }
    for (int n = 1; n <= xyz; n++) {
      source.add(random(random, "XYZ-" + n));
    }
    index.consistentStamp = AssessmentStamp.of(walked.scope("ABC").orElseThrow());
  }

  static List<RegisterFilter> filters() {
    return List.of(
        RegisterFilter.ALL,
        RegisterFilter.activeOnly(),
        RegisterFilter.ALL.withOwner("ann"),
        RegisterFilter.ALL.withBand("high"),
        RegisterFilter.ALL.overdueAsOf(TODAY),
        RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.RESIDUAL, 3, 3)),
        RegisterFilter.ALL.withStatuses(EnumSet.of(RiskStatus.CLOSED)).withOwner("bob"));
  }

  @Test
  void pageAndSummary_shouldReadNoSourceRecord_whenTheIndexKeepsTheRecords() {
    // given a consistent index that keeps the records, and a viewer denied some risks
    fill(11, 150, 30);
    index.keepsRecords = true;

    for (RegisterFilter filter : filters()) {
      for (RegisterSort.Field field : RegisterSort.Field.values()) {
        RegisterQuery query =
            new RegisterQuery(filter, RegisterSort.of(field, RegisterSort.Direction.DESC), 7, 20);
        for (String viewer : new String[] {null, "carl"}) {
          // when a page is asked for, then it equals the walked page and read no source record
          int calls = source.calls;
          int keyed = source.keyedReads;
          var page = indexed.page(viewer, "ABC", query);
          assertThat(source.calls - calls).as("pages walked").isZero();
          assertThat(source.keyedReads - keyed).as("records read by key").isZero();
          assertThat(page)
              .as("%s %s as %s", filter, query.sort(), viewer)
              .isEqualTo(walked.page(viewer, "ABC", query));
        }
      }
    }
    // and the summary's top risks come from the index too
    int keyed = source.keyedReads;
    var summary = indexed.summary("carl", List.of("ABC"), TODAY, 10);
    assertThat(source.keyedReads - keyed).isZero();
    assertThat(summary).isEqualTo(walked.summary("carl", List.of("ABC"), TODAY, 10));
  }

  @Test
  void page_shouldEqualTheWalkedPage_whenTheIndexIsConsistent() {
    for (long seed = 1; seed <= 6; seed++) {
      source.byProject.clear();
      source.deniedByViewer.clear();
      fill(seed, 150, 0);
      for (RegisterFilter filter : filters()) {
        for (RegisterSort.Field field : RegisterSort.Field.values()) {
          for (RegisterSort.Direction direction : RegisterSort.Direction.values()) {
            for (int startAt : new int[] {0, 7, 140}) {
              RegisterQuery query =
                  new RegisterQuery(filter, RegisterSort.of(field, direction), startAt, 20);
              for (String viewer : new String[] {null, "carl"}) {
                assertThat(indexed.page(viewer, "ABC", query))
                    .as("seed %d %s %s", seed, filter, query.sort())
                    .isEqualTo(walked.page(viewer, "ABC", query));
              }
            }
          }
        }
      }
    }
  }

  @Test
  void page_shouldReadOnlyThePagesRecords_whenTheIndexIsConsistent() {
    fill(42, 2_000, 0);
    source.calls = 0;

    RegisterPage page = indexed.page("carl", "ABC", RegisterQuery.firstPage(50)).orElseThrow();

    assertThat(page.window().rows()).hasSize(50);
    assertThat(source.calls).isZero();
    assertThat(source.keyedReads).isEqualTo(50);
    assertThat(page.totalVisible() + page.hidden()).isEqualTo(2_000);
  }

  @Test
  void heatMap_shouldEqualTheWalkedHeatMapWithoutReadingRecords_whenTheIndexIsConsistent() {
    fill(7, 400, 0);
    source.calls = 0;

    ProjectHeatMap fromIndex = indexed.heatMap("carl", "ABC").orElseThrow();

    assertThat(source.calls).isZero();
    assertThat(source.keyedReads).isZero();
    assertThat(fromIndex).isEqualTo(walked.heatMap("carl", "ABC").orElseThrow());
  }

  @Test
  void summary_shouldEqualTheWalkedSummaryReadingOnlyTheTopRisks_whenTheIndexIsConsistent() {
    fill(11, 500, 60);
    index.consistentStamp = AssessmentStamp.of(walked.scope("ABC").orElseThrow());
    // ABC and XYZ differ in appetite, so their stamps differ: XYZ's summary is walked.
    source.calls = 0;

    PortfolioRiskSummary fromIndex =
        indexed.summary("carl", List.of("ABC", "XYZ", "NOPE"), TODAY, 5);
    int walkCalls = source.calls;
    PortfolioRiskSummary expected = walked.summary("carl", List.of("ABC", "XYZ", "NOPE"), TODAY, 5);

    assertThat(fromIndex).isEqualTo(expected);
    assertThat(fromIndex.summary().top()).hasSize(5);
    assertThat(source.keyedReads).isLessThanOrEqualTo(5);
    // only XYZ (60 risks, pages of 7) was walked
    assertThat(walkCalls).isEqualTo((60 + 6) / 7);
    assertThat(expected.summary().aboveAppetite()).isPositive();
  }

  @Test
  void page_shouldWalkAndReportProgress_whenTheModelChangedSinceTheIndexWasBuilt() {
    fill(3, 120, 0);
    ScoringModel other = models.create(FormulaModel.pmbokDefault());
    settings.put("ABC", RiskProjectSettings.of(other.id(), MAPPING, "high"));
    RegisterScope scope = indexed.scope("ABC").orElseThrow();

    AssessedRiskIndex.Progress progress = indexed.indexProgress(scope).orElseThrow();
    RegisterPage page = indexed.page(null, "ABC", RegisterQuery.firstPage(30)).orElseThrow();

    assertThat(progress.consistent()).isFalse();
    assertThat(progress.percent()).isEqualTo(25);
    assertThat(source.calls).isPositive();
    assertThat(page).isEqualTo(walked.page(null, "ABC", RegisterQuery.firstPage(30)).orElseThrow());
  }

  @Test
  void indexProgress_shouldBeEmpty_whenThereIsNoIndex() {
    fill(3, 10, 0);
    RegisterScope scope = walked.scope("ABC").orElseThrow();

    assertThat(walked.indexProgress(scope)).isEmpty();
    assertThat(indexed.indexProgress(scope)).contains(AssessedRiskIndex.Progress.CONSISTENT);
  }

  @Test
  void assessmentStamp_shouldChange_whenTheAppetiteOrModelChanges() {
    RiskProjectSettings a = RiskProjectSettings.of(pmbok.id(), MAPPING, "medium");
    RiskProjectSettings b = RiskProjectSettings.of(pmbok.id(), MAPPING, "high");

    assertThat(AssessmentStamp.of(a, pmbok)).isEqualTo(AssessmentStamp.of(a, pmbok));
    assertThat(AssessmentStamp.of(a, pmbok)).isNotEqualTo(AssessmentStamp.of(b, pmbok));
    List<String> stamps = new ArrayList<>();
    stamps.add(AssessmentStamp.of(a, pmbok));
    ScoringModel other = models.create(FormulaModel.pmbokDefault());
    stamps.add(AssessmentStamp.of(a, other));
    assertThat(stamps).doesNotHaveDuplicates();
  }
}
