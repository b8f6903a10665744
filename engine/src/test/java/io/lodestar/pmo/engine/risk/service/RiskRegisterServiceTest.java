package io.lodestar.pmo.engine.risk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.exposure.ImpactDistribution;
import io.lodestar.pmo.engine.risk.exposure.SimulationSettings;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.register.CellCriterion;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterRow;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.register.RegisterSummary;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RiskRegisterServiceTest {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  static final RiskFieldMapping MAPPING =
      RiskFieldMapping.builder()
          .inherent(RatingFieldIds.of("p", ImpactDimension.COST, "i"))
          .residual(RatingFieldIds.of("rp", ImpactDimension.COST, "ri"))
          .ownerFieldId("owner")
          .reviewDateFieldId("review")
          .cost(ThreePointFieldIds.of("cmin", "cml", "cmax"))
          .build();

  final InMemoryPorts.Source source = new InMemoryPorts.Source();
  final InMemoryPorts.Settings settings = new InMemoryPorts.Settings();
  final InMemoryPorts.Models models = new InMemoryPorts.Models();
  ScoringModel pmbok;
  RiskRegisterService target;

  static RawRiskRecord raw(String key, int p, int i, String owner, int reviewOffset) {
    Map<String, RawValue> fields = new HashMap<>();
    fields.put("p", RawValue.option(p, "p" + p));
    fields.put("i", RawValue.option(i, "i" + i));
    fields.put("owner", RawValue.user(owner));
    fields.put("review", RawValue.date(TODAY.plusDays(reviewOffset)));
    return RawRiskRecord.of(key, key.substring(0, key.indexOf('-')), "Risk " + key, "new", fields);
  }

  @BeforeEach
  void setUp() {
    pmbok = models.create(FormulaModel.pmbokDefault());
    settings.put("ABC", RiskProjectSettings.of(pmbok.id(), MAPPING, "medium"));
    for (int n = 1; n <= 23; n++) {
      source.add(raw("ABC-" + n, 1 + n % 5, 1 + (n * 3) % 5, n % 2 == 0 ? "ann" : "bob", n - 12));
    }
    target = new RiskRegisterService(source, settings, models, 5);
  }

  @Test
  void registerPage_walksEverySourcePageAndReturnsTheSortedWindow() {
    Outcome<RegisterPage> outcome =
        target.page(
            "ann", "ABC", new RegisterQuery(RegisterFilter.ALL, RegisterSort.DEFAULT, 0, 4));

    RegisterPage page = outcome.orElseThrow();
    assertThat(source.calls).as("23 records in pages of 5").isEqualTo(5);
    assertThat(page.window().matched()).isEqualTo(23);
    assertThat(page.totalVisible()).isEqualTo(23);
    assertThat(page.hidden()).isZero();
    List<AssessedRisk> rows = page.window().rows().stream().map(RegisterRow::risk).toList();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).current().scoreIfRated().orElseThrow())
        .isGreaterThanOrEqualTo(rows.get(3).current().scoreIfRated().orElseThrow());
  }

  @Test
  void registerPage_isPermissionFaithfulAndCountsHiddenRisks() {
    source.deny("carl", "ABC-1").deny("carl", "ABC-2");
    RegisterPage page = target.page("carl", "ABC", RegisterQuery.firstPage(50)).orElseThrow();
    assertThat(page.window().matched()).isEqualTo(21);
    assertThat(page.hidden()).isEqualTo(2);
    assertThat(page.window().rows())
        .extracting(r -> r.risk().issueKey())
        .doesNotContain("ABC-1", "ABC-2");
  }

  @Test
  void sourceReturningShortPages_isStillWalkedToTheEnd() {
    source.maxPage = 2;
    RegisterPage page = target.page(null, "ABC", RegisterQuery.firstPage(50)).orElseThrow();
    assertThat(page.window().matched()).isEqualTo(23);
  }

  @Test
  void ownerAndOverdueFilter_isAppliedBeforePaging() {
    RegisterQuery query =
        new RegisterQuery(
            RegisterFilter.ALL.withOwner("ann").overdueAsOf(TODAY),
            RegisterSort.of(RegisterSort.Field.KEY, RegisterSort.Direction.ASC),
            0,
            100);
    RegisterPage page = target.page(null, "ABC", query).orElseThrow();
    // even n < 12 are overdue: 2,4,6,8,10
    assertThat(page.window().rows())
        .extracting(r -> r.risk().issueKey())
        .containsExactly("ABC-2", "ABC-4", "ABC-6", "ABC-8", "ABC-10");
  }

  @Test
  void heatMapCellFilter_keepsOnlyTheRisksInThatCellOfThatMap() {
    RegisterQuery inherent =
        new RegisterQuery(
            RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.INHERENT, 2, 4)),
            RegisterSort.of(RegisterSort.Field.KEY, RegisterSort.Direction.ASC),
            0,
            100);

    RegisterPage page = target.page(null, "ABC", inherent).orElseThrow();

    // p = 1 + n % 5 = 2 and i = 1 + 3n % 5 = 4 for n = 1, 6, 11, 16, 21
    assertThat(page.window().rows())
        .extracting(r -> r.risk().issueKey())
        .containsExactly("ABC-1", "ABC-6", "ABC-11", "ABC-16", "ABC-21");
  }

  @Test
  void heatMapCellOutsideTheModelsMatrix_isInvalidNamingCellAndReadsNothing() {
    RegisterQuery query =
        new RegisterQuery(
            RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.RESIDUAL, 1, 7)),
            RegisterSort.DEFAULT,
            0,
            10);

    Outcome<RegisterPage> outcome = target.page(null, "ABC", query);

    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(Violation.of("cell", RiskMessageKeys.CELL_OUTSIDE_MATRIX, 1, 7, 5, 5)));
    assertThat(source.calls).isZero();
  }

  @Test
  void unconfiguredProject_isNotFound() {
    Outcome<RegisterPage> outcome = target.page(null, "NOPE", RegisterQuery.firstPage(10));
    assertThat(outcome).isEqualTo(Outcome.notFound(RiskMessageKeys.PROJECT_NOT_CONFIGURED, "NOPE"));
  }

  @Test
  void projectWithoutOwnSettings_usesTheDefault() {
    settings.defaults = Versioned.of(RiskProjectSettings.of(pmbok.id(), MAPPING, null), 1);
    source.add(raw("XYZ-1", 5, 5, "ann", 1));
    RegisterPage page = target.page(null, "XYZ", RegisterQuery.firstPage(10)).orElseThrow();
    assertThat(page.window().rows()).hasSize(1);
  }

  @Test
  void projectWhoseModelWasDeleted_isNotFound() {
    settings.put("OLD", RiskProjectSettings.of(999, MAPPING, null));
    assertThat(target.page(null, "OLD", RegisterQuery.firstPage(10)))
        .isEqualTo(Outcome.notFound(RiskMessageKeys.MODEL_NOT_FOUND, 999L));
  }

  @Test
  void pageOutOfRange_isInvalidOnTheOffendingFields() {
    Outcome<RegisterPage> outcome =
        target.page(
            null, "ABC", new RegisterQuery(RegisterFilter.ALL, RegisterSort.DEFAULT, -1, 0));
    assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
    assertThat(((Outcome.Invalid<RegisterPage>) outcome).violations())
        .extracting(v -> v.field())
        .containsExactly("startAt", "maxResults");
    assertThat(
            target.page(
                null,
                "ABC",
                new RegisterQuery(RegisterFilter.ALL, RegisterSort.DEFAULT, 9_800, 500)))
        .isInstanceOf(Outcome.Invalid.class);
    assertThat(source.calls).isZero();
  }

  @Test
  void heatMap_countsEveryVisibleRiskAndCarriesTheMatrix() {
    source.deny("carl", "ABC-3");
    ProjectHeatMap heat = target.heatMap("carl", "ABC").orElseThrow();
    assertThat(heat.heatMap().total()).isEqualTo(22);
    assertThat(heat.hidden()).isEqualTo(1);
    assertThat(heat.matrix().rows()).hasSize(5);
  }

  @Test
  void portfolioSummary_combinesProjectsAndListsUnconfiguredOnes() {
    ScoringModel other = models.create(FormulaModel.pmbokDefault());
    settings.put("XYZ", RiskProjectSettings.of(other.id(), MAPPING, "high"));
    source.add(raw("XYZ-1", 5, 5, "ann", 1)).add(raw("XYZ-2", 1, 1, "ann", 1));
    source.deny("ann", "XYZ-2");

    PortfolioRiskSummary result =
        target.summary("ann", List.of("ABC", "XYZ", "NOPE", "ABC"), TODAY, 3);

    RegisterSummary s = result.summary();
    assertThat(s.total()).isEqualTo(24);
    assertThat(s.hidden()).isEqualTo(1);
    assertThat(s.byStatus()).containsEntry(RiskStatus.OPEN, 24L);
    assertThat(s.top()).hasSize(3);
    assertThat(result.unconfiguredProjectKeys()).containsExactly("NOPE");
    // XYZ-1 is high but XYZ's appetite is high: not above; ABC's appetite is medium
    long abcHigh =
        target
            .page(
                null,
                "ABC",
                new RegisterQuery(
                    RegisterFilter.ALL.withBand("high"), RegisterSort.DEFAULT, 0, 100))
            .orElseThrow()
            .window()
            .matched();
    assertThat(s.aboveAppetite()).isEqualTo(abcHigh);
  }

  @Test
  void exposure_simulatesActiveThreatsWithProbabilityAndImpact() {
    Map<String, RawValue> costed = new HashMap<>(raw("ABC-100", 4, 3, "ann", 1).fields());
    costed.put("cmin", RawValue.number("1000"));
    costed.put("cml", RawValue.number("2000"));
    costed.put("cmax", RawValue.number("6000"));
    source.add(RawRiskRecord.of("ABC-100", "ABC", "Costed", "new", costed));
    Map<String, RawValue> closed = new HashMap<>(costed);
    source.add(RawRiskRecord.of("ABC-101", "ABC", "Closed", "done", closed));

    RegisterExposure exposure =
        target
            .exposure(
                null,
                List.of("ABC", "NOPE"),
                SimulationSettings.of(2_000, 42L, ImpactDistribution.PERT),
                ExposureBasis.INHERENT)
            .orElseThrow();

    assertThat(exposure.included()).isEqualTo(1);
    assertThat(exposure.excludedNoImpact()).isEqualTo(23);
    assertThat(exposure.unconfiguredProjectKeys()).containsExactly("NOPE");
    assertThat(exposure.result().cost().contributions())
        .extracting(c -> c.riskKey())
        .containsExactly("ABC-100");
    assertThat(exposure.result().cost().p95()).isBetween(0.0, 6000.0);
  }

  @Test
  void snapshot_ofAProject_countsOpenRisks() {
    assertThat(target.snapshot(null, List.of("ABC"), TODAY).openCount()).isEqualTo(23);
  }

  /** An open risk of ABC with a three-point cost, inherent probability p and residual rp. */
  static RawRiskRecord costed(String key, int p, Integer rp) {
    Map<String, RawValue> fields = new HashMap<>(raw(key, p, 3, "ann", 1).fields());
    if (rp != null) {
      fields.put("rp", RawValue.option(rp, "p" + rp));
      fields.put("ri", RawValue.option(1, "i1"));
    }
    fields.put("cmin", RawValue.number("1000"));
    fields.put("cml", RawValue.number("2000"));
    fields.put("cmax", RawValue.number("6000"));
    return RawRiskRecord.of(key, "ABC", "Costed " + key, "new", fields);
  }

  static SimulationSettings trials(int trials) {
    return SimulationSettings.of(trials, 7L, ImpactDistribution.TRIANGULAR);
  }

  @Test
  void exposure_isRefusedNamingTrials_whenTrialsTimesRisksExceedTheDrawLimit() {
    source.add(costed("ABC-100", 4, null)).add(costed("ABC-101", 2, null));
    target = new RiskRegisterService(source, settings, models, 5, ExposureLimits.of(10, 1_000));

    Outcome<RegisterExposure> outcome =
        target.exposure(null, List.of("ABC"), trials(501), ExposureBasis.INHERENT);

    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(
                Violation.of(
                    "trials", RiskRegisterService.EXPOSURE_TOO_MANY_TRIALS, 2L, 500L, 1_000L)));
  }

  @Test
  void exposure_runs_whenTrialsTimesRisksIsExactlyTheDrawLimit() {
    source.add(costed("ABC-100", 4, null)).add(costed("ABC-101", 2, null));
    target = new RiskRegisterService(source, settings, models, 5, ExposureLimits.of(10, 1_000));

    Outcome<RegisterExposure> outcome =
        target.exposure(null, List.of("ABC"), trials(500), ExposureBasis.INHERENT);

    assertThat(outcome.orElseThrow().included()).isEqualTo(2);
  }

  @Test
  void exposure_isRefusedWithTheRiskCount_whenMoreRisksQualifyThanTheLimit() {
    for (int n = 100; n < 104; n++) {
      source.add(costed("ABC-" + n, 3, null));
    }
    target = new RiskRegisterService(source, settings, models, 5, ExposureLimits.of(3, 1_000));

    Outcome<RegisterExposure> outcome =
        target.exposure(null, List.of("ABC"), trials(1), ExposureBasis.INHERENT);

    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(Violation.of("", RiskRegisterService.EXPOSURE_TOO_MANY_RISKS, 4L, 3)));
  }

  @Test
  void exposure_onResidual_leavesOutRisksWithoutAResidualProbability() {
    source.add(costed("ABC-100", 5, 1)).add(costed("ABC-101", 5, null));

    RegisterExposure exposure =
        target.exposure(null, List.of("ABC"), trials(1_000), ExposureBasis.RESIDUAL).orElseThrow();

    assertThat(exposure.basis()).isEqualTo(ExposureBasis.RESIDUAL);
    assertThat(exposure.included()).isEqualTo(1);
    assertThat(exposure.excludedNoProbability()).isEqualTo(24);
    // residual rank 1 of the PMBOK scale: probability 0.1, mean cost (1000+2000+6000)/3 = 3000
    assertThat(exposure.result().cost().emv()).isCloseTo(300.0, within(0.001));
  }

  @Test
  void exposure_onCurrent_usesResidualWhenRatedAndInherentOtherwise() {
    source.add(costed("ABC-100", 5, 1)).add(costed("ABC-101", 5, null));

    RegisterExposure exposure =
        target.exposure(null, List.of("ABC"), trials(1_000), ExposureBasis.CURRENT).orElseThrow();

    // ABC-100 at residual 0.1, ABC-101 at inherent 0.9: EMV 300 + 2700
    assertThat(exposure.included()).isEqualTo(2);
    assertThat(exposure.result().cost().emv()).isCloseTo(3_000.0, within(0.001));
  }

  @Test
  void registerPage_looksTheModelUpOnce() {
    int before = models.finds;

    target.page(null, "ABC", RegisterQuery.firstPage(10)).orElseThrow();

    assertThat(models.finds - before).isEqualTo(1);
  }

  @Test
  void registerPage_isNotFound_whenTheProjectIsNotConfigured() {
    assertThat(target.page(null, "NOPE", RegisterQuery.firstPage(10)))
        .isEqualTo(Outcome.notFound(RiskMessageKeys.PROJECT_NOT_CONFIGURED, "NOPE"));
  }

  @Test
  void forEachRiskOfAScope_walksWithTheResolvedModelWithoutLookingItUpAgain() {
    RegisterScope scope = target.scope("ABC").orElseThrow();
    int before = models.finds;
    List<String> keys = new java.util.ArrayList<>();

    RiskRegisterService.WalkTotals totals =
        target.forEachRisk("carl", scope, m -> keys.add(m.risk().issueKey()));

    assertThat(keys).hasSize(23);
    assertThat(totals.visible()).isEqualTo(23);
    assertThat(models.finds).isEqualTo(before);
  }

  @Test
  void scope_isNotFoundNamingTheModel_whenTheModelWasDeleted() {
    settings.put("DEL", RiskProjectSettings.of(404L, MAPPING, null));

    assertThat(target.scope("DEL"))
        .isEqualTo(Outcome.notFound(RiskMessageKeys.MODEL_NOT_FOUND, 404L));
  }

  @Test
  void scopes_setsAsideProjectsWithoutSettingsOrModel_onceEachInRequestOrder() {
    settings.put("DEL", RiskProjectSettings.of(404L, MAPPING, null));

    RiskRegisterService.Scopes scopes = target.scopes(List.of("NOPE", "ABC", "DEL", "ABC", "NOPE"));

    assertThat(scopes.configured()).extracting(RegisterScope::projectKey).containsExactly("ABC");
    assertThat(scopes.configured().get(0).model().id()).isEqualTo(pmbok.id());
    assertThat(scopes.unconfigured()).containsExactly("NOPE", "DEL");
  }

  @Test
  void summaryExposureAndSnapshot_setAsideTheSameUnconfiguredProjects_lookingEachModelUpOnce() {
    settings.put("DEL", RiskProjectSettings.of(404L, MAPPING, null));
    List<String> requested = List.of("ABC", "DEL", "NOPE");
    int before = models.finds;

    PortfolioRiskSummary summary = target.summary(null, requested, TODAY, 1);
    RegisterExposure exposure =
        target.exposure(null, requested, trials(100), ExposureBasis.INHERENT).orElseThrow();
    target.snapshot(null, requested, TODAY);

    assertThat(summary.unconfiguredProjectKeys()).containsExactly("DEL", "NOPE");
    assertThat(exposure.unconfiguredProjectKeys()).containsExactly("DEL", "NOPE");
    // ABC and DEL have settings: two model look-ups per operation, never one per risk
    assertThat(models.finds - before).isEqualTo(3 * 2);
  }

  @Test
  void counts_readsOneRecordAndReportsVisibleAndHidden() {
    source.deny("carl", "ABC-1");
    RegisterScope scope = target.scope("ABC").orElseThrow();
    int before = source.calls;

    RiskRegisterService.WalkTotals totals = target.counts("carl", scope);

    assertThat(totals).isEqualTo(new RiskRegisterService.WalkTotals(22, 1));
    assertThat(source.calls - before).isEqualTo(1);
  }
}
