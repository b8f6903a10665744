package io.lodestar.pmo.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.portfolio.port.HealthOverrideStore;
import io.lodestar.pmo.app.portfolio.port.ObjectiveDirectory;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups;
import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.ProjectProfileStore;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.PortfolioStore;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class PortfolioOverviewsTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private PortfolioStore nodes;
  @Mock private ProjectProfileStore profiles;
  @Mock private HealthOverrideStore overrides;
  @Mock private ObjectiveDirectory objectives;
  @Mock private PortfolioRollups rollups;
  @Mock private AuditLog audit;

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final BucketFilter ALL = BucketFilter.ALL;

  private final Transactions transactions =
      new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };

  private PortfolioOverviews target;

  private static final PortfolioNode DIGITAL =
      new PortfolioNode(
          "DIGITAL",
          PortfolioNodeKind.PORTFOLIO,
          "Digital",
          null,
          "pmo",
          "sponsor",
          "EUR",
          PercentCompleteMethod.BY_POINTS,
          List.of(
              new ProjectScope.JiraProject("ALPHA"),
              new ProjectScope.JiraProject("BETA"),
              new ProjectScope.JiraProject("GAMMA")),
          1);

  @Before
  public void given() {
    target =
        new PortfolioOverviews(
            nodes,
            profiles,
            overrides,
            objectives,
            rollups,
            audit,
            transactions,
            Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC));
    when(nodes.find("DIGITAL")).thenReturn(Optional.of(DIGITAL));
    when(nodes.programsOf("DIGITAL")).thenReturn(List.of());
    when(rollups.state())
        .thenReturn(new PortfolioRollups.IndexState(true, 100, 30, "lodestar.basis"));
    when(overrides.current(anyString(), anyCollection())).thenReturn(Map.of());
    when(objectives.objectivesOf("DIGITAL")).thenReturn(List.of());
  }

  /** A rollup of {@code issues} issues, {@code done} of them done, with points and cost. */
  private static Rollup rollup(
      long issues, long done, double points, double pointsDone, double cost) {
    return new Rollup(
        issues,
        issues - done,
        0,
        done,
        List.of(0.0, 0.0, 0.0, points, pointsDone, cost),
        List.of(0L, 0L, 0L, issues, issues, issues),
        0);
  }

  private static ProjectProfile profile(String key, String budget, String currency) {
    // A baseline that ended before today: everything is planned, so PV = BAC.
    return new ProjectProfile(
        key,
        null,
        null,
        budget == null ? null : new BigDecimal(budget),
        currency,
        LocalDate.of(2026, 1, 5),
        LocalDate.of(2026, 3, 27),
        "EXECUTING",
        null,
        null,
        1);
  }

  @Test
  public void evm_shouldTakeBacFromTheBudgetEvFromPointsDoneAndAcFromTheIndex() {
    EvmRow row =
        target.evm(
            "ALPHA",
            profile("ALPHA", "1000.00", "EUR"),
            Optional.of(rollup(4, 1, 10, 5, 70)),
            PercentCompleteMethod.BY_POINTS,
            TODAY);

    var input = row.input().orElseThrow();
    assertThat(input.bac().amount()).isEqualByComparingTo("1000");
    assertThat(input.pv().amount()).isEqualByComparingTo("1000");
    assertThat(input.ev().amount()).isEqualByComparingTo("500");
    assertThat(input.ac().amount()).isEqualByComparingTo("70");
    assertThat(row.value().orElseThrow().cpi().rounded(4)).contains(new BigDecimal("7.1429"));
  }

  @Test
  public void evm_shouldBeNotApplicableWithTheReason_whenTheProjectHasNoBudget() {
    EvmRow row =
        target.evm(
            "ALPHA",
            profile("ALPHA", null, "EUR"),
            Optional.of(rollup(4, 1, 10, 5, 70)),
            PercentCompleteMethod.BY_POINTS,
            TODAY);

    assertThat(row.value()).isEmpty();
    assertThat(row.naKey()).isEqualTo("lodestar.portfolio.evm.na.noBudget");
  }

  @Test
  public void evm_shouldBeNotApplicable_whenNothingIsEstimatedByTheMethod() {
    EvmRow row =
        target.evm(
            "ALPHA",
            profile("ALPHA", "1000.00", "EUR"),
            Optional.of(rollup(4, 1, 0, 0, 70)),
            PercentCompleteMethod.BY_POINTS,
            TODAY);

    assertThat(row.value()).isEmpty();
    assertThat(row.naKey()).isEqualTo("lodestar.portfolio.progress.na.nothingEstimated");
  }

  @Test
  public void overview_shouldTotalEachCurrencyApart_andLeaveOutProjectsTheViewerMayNotBrowse() {
    when(profiles.findAll(anyCollection()))
        .thenReturn(
            Map.of(
                "ALPHA", profile("ALPHA", "1000.00", "EUR"),
                "BETA", profile("BETA", "300.00", "USD")));
    when(rollups.rollup(eq("project:ALPHA"), any()))
        .thenReturn(Optional.of(rollup(4, 1, 10, 5, 70)));
    when(rollups.rollup(eq("project:BETA"), any())).thenReturn(Optional.of(rollup(2, 2, 4, 4, 10)));
    when(rollups.rollup(eq("portfolio:DIGITAL"), any()))
        .thenReturn(Optional.of(rollup(6, 3, 14, 9, 80)));
    Map<String, ProjectRef> browsable =
        Map.of(
            "ALPHA", new ProjectRef(1L, "ALPHA", "Alpha"),
            "BETA", new ProjectRef(2L, "BETA", "Beta"));

    NodeOverview o =
        ((Outcome.Ok<NodeOverview>) target.overview("DIGITAL", browsable, false, ALL, 0, 50))
            .value();

    assertThat(o.hiddenProjects()).isEqualTo(1);
    assertThat(o.children()).extracting(NodeRow::key).containsExactly("ALPHA", "BETA");
    assertThat(o.evmTotals()).extracting(EvmRow::currency).containsExactly("EUR", "USD");
    assertThat(o.evmTotals().get(1).input().orElseThrow().bac().amount())
        .isEqualByComparingTo("300");
  }

  @Test
  public void overview_shouldBeNotFound_whenTheViewerMayBrowseNoneOfItsProjects() {
    assertThat(target.overview("DIGITAL", Map.of(), false, ALL, 0, 50))
        .isInstanceOf(Outcome.NotFound.class);
    assertThat(target.overview("NOPE", Map.of(), true, ALL, 0, 50))
        .isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  public void override_shouldRefuseAProjectOutsideThePortfolioAndAMissingReason_writingNothing() {
    Outcome<?> result = target.override("pmo", DIGITAL, "OTHER", Rag.RED, " ", TODAY.plusDays(10));

    assertThat(result).isInstanceOf(Outcome.Invalid.class);
    assertThat(((Outcome.Invalid<?>) result).violations())
        .extracting(v -> v.field())
        .containsExactly("project", "reason");
    verify(overrides, never()).add(anyString(), anyString(), any());
    verify(audit, never()).record(any());
  }
}
