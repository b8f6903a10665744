package io.lodestar.pmo.jira.portfolio.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.EpicRef;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.ReconcileReport;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.PortfolioStore;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.portfolio.RollupMeasures;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import io.lodestar.pmo.engine.rollup.StatusCategory;
import io.lodestar.pmo.engine.shared.StoreResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class JiraRollupIndexTest {

  static final long MOB = 10_000;
  static final long WEB = 10_001;
  static final long SECRET = 500;

  private static final HostUser ANNA = new HostUser("anna", "anna", "Anna", "a@x");
  private static final HostUser BOB = new HostUser("bob", "bob", "Bob", "b@x");
  private static final HostUser CARL = new HostUser("carl", "carl", "Carl", "c@x");

  private FakeRollupIssueSource source;
  private JiraRollupIndex target;

  /** Anna browses both projects and sees SECRET; Bob browses both, not SECRET; Carl only WEB. */
  private final Map<String, ViewerGrants.Grants> grants =
      Map.of(
          "anna", new ViewerGrants.Grants(Set.of(MOB, WEB), Set.of(SECRET)),
          "bob", new ViewerGrants.Grants(Set.of(MOB, WEB), Set.of()),
          "carl", new ViewerGrants.Grants(Set.of(WEB), Set.of(SECRET)));

  static RollupIssue issue(
      long id, long project, Long level, StatusCategory status, Double points) {
    return new RollupIssue(
        id, "K-" + id, "", project, level, status, false, null, points, 3_600L, 1_800L, 1_800L);
  }

  static RollupIssue epic(long id, long project, String summary) {
    return new RollupIssue(
        id,
        "K-" + id,
        summary,
        project,
        null,
        StatusCategory.IN_PROGRESS,
        true,
        null,
        null,
        null,
        null,
        null);
  }

  static RollupIssue child(long id, long project, String epicKey, double points) {
    return new RollupIssue(
        id,
        "K-" + id,
        "",
        project,
        null,
        StatusCategory.TO_DO,
        false,
        epicKey,
        points,
        null,
        null,
        null);
  }

  @Before
  public void setUp() {
    source = new FakeRollupIssueSource();
    PortfolioStore store = new Structure();
    target =
        new JiraRollupIndex(
            store,
            key ->
                switch (key) {
                  case "MOB" -> MOB;
                  case "WEB" -> WEB;
                  default -> null;
                },
            source,
            viewer ->
                viewer == null
                    ? new ViewerGrants.Grants(Set.of(), Set.of())
                    : grants.get(viewer.key()),
            Clock.fixed(Instant.parse("2026-12-03T02:45:00Z"), ZoneOffset.UTC));
  }

  private Rollup rollup(String node, HostUser viewer) {
    return target.rollup(node, target.visibleTo(viewer)).orElseThrow();
  }

  @Test
  public void build_shouldReadEveryPageOfTheSearch_andRollUpTheHierarchy() {
    for (long id = 1; id <= 2_500; id++) {
      source.put(issue(id, id % 2 == 0 ? MOB : WEB, null, StatusCategory.DONE, 1.0));
    }

    target.build();

    assertThat(source.pagesAsked).containsExactly(0, 1_000, 2_000);
    assertThat(target.state().ready()).isTrue();
    assertThat(target.state().issues()).isEqualTo(2_500);
    Rollup portfolio = target.rollup("portfolio:DIGITAL", BucketFilter.ALL).orElseThrow();
    assertThat(portfolio.issues()).isEqualTo(2_500);
    assertThat(portfolio.sums().get(RollupMeasures.STORY_POINTS.column())).isEqualTo(2_500.0);
    assertThat(target.rollup("project:MOB", BucketFilter.ALL).orElseThrow().issues())
        .isEqualTo(1_250);
    assertThat(target.rollup("program:APPS", BucketFilter.ALL).orElseThrow().issues())
        .isEqualTo(1_250);
  }

  @Test
  public void visibleTo_shouldAddOnlyTheBucketsTheViewerMayBrowse_byProjectAndSecurityLevel() {
    source.put(issue(1, MOB, null, StatusCategory.TO_DO, 2.0));
    source.put(issue(2, MOB, SECRET, StatusCategory.TO_DO, 3.0));
    source.put(issue(3, WEB, null, StatusCategory.DONE, 5.0));
    source.put(issue(4, WEB, SECRET, StatusCategory.DONE, 7.0));
    source.put(issue(5, WEB, 999L, StatusCategory.DONE, 11.0)); // a level nobody sees
    target.build();

    Rollup anna = rollup("portfolio:DIGITAL", ANNA);
    Rollup bob = rollup("portfolio:DIGITAL", BOB);
    Rollup carl = rollup("portfolio:DIGITAL", CARL);
    Rollup anonymous = rollup("portfolio:DIGITAL", null);

    int points = RollupMeasures.STORY_POINTS.column();
    assertThat(anna.issues()).isEqualTo(4);
    assertThat(anna.hidden()).isEqualTo(1);
    assertThat(anna.sums().get(points)).isEqualTo(17.0);
    assertThat(bob.issues()).isEqualTo(2);
    assertThat(bob.hidden()).isEqualTo(3);
    assertThat(bob.sums().get(points)).isEqualTo(7.0);
    assertThat(carl.issues()).isEqualTo(2);
    assertThat(carl.sums().get(points)).isEqualTo(12.0);
    assertThat(anonymous.issues()).isZero();
    assertThat(anonymous.hidden()).isEqualTo(5);
    // the hidden issues differ by exactly what the viewer may not see
    assertThat(anna.issues() + anna.hidden()).isEqualTo(bob.issues() + bob.hidden());
  }

  @Test
  public void apply_shouldMoveAnIssueIntoItsEpic_andRemoveShouldTakeItOut() {
    source.put(epic(10, MOB, "Checkout"));
    source.put(child(11, MOB, null, 3.0));
    target.build();
    assertThat(target.rollup("epic:K-10", BucketFilter.ALL).orElseThrow().issues()).isZero();

    target.apply(child(11, MOB, "K-10", 3.0));

    assertThat(target.rollup("epic:K-10", BucketFilter.ALL).orElseThrow().issues()).isEqualTo(1);
    assertThat(target.rollup("project:MOB", BucketFilter.ALL).orElseThrow().issues()).isEqualTo(2);
    assertThat(target.remove(11)).isTrue();
    assertThat(target.remove(11)).isFalse();
    assertThat(target.rollup("project:MOB", BucketFilter.ALL).orElseThrow().issues()).isEqualTo(1);
  }

  @Test
  public void epics_shouldListTheProjectsEpicsInKeyOrder_withTheirSummaries() {
    source.put(epic(12, MOB, "Payments"));
    source.put(epic(9, MOB, "Login"));
    source.put(epic(20, WEB, "Other"));
    target.build();

    assertThat(target.epics("MOB", 0, 10))
        .containsExactly(
            new EpicRef("K-9", "Login", "MOB"), new EpicRef("K-12", "Payments", "MOB"));
    assertThat(target.epicCount("MOB")).isEqualTo(2);
    assertThat(target.epic("K-20")).contains(new EpicRef("K-20", "Other", "WEB"));
    assertThatThrownBy(() -> target.epics("MOB", 0, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void build_shouldReplayTheChangesAppliedWhileItRan_soThatNoEventIsLost() {
    for (long id = 1; id <= 1_500; id++) {
      source.put(issue(id, MOB, null, StatusCategory.TO_DO, 1.0));
    }
    // while the second page is read (no index yet): issue 1 is done, issue 2 deleted, 9,999 new
    source.onPage =
        start -> {
          if (start == 1_000) {
            target.apply(issue(1, MOB, null, StatusCategory.DONE, 1.0));
            target.remove(2);
            target.apply(issue(9_999, WEB, null, StatusCategory.TO_DO, 1.0));
          }
        };

    target.build();

    Rollup mob = target.rollup("project:MOB", BucketFilter.ALL).orElseThrow();
    assertThat(mob.issues()).isEqualTo(1_499);
    assertThat(mob.done()).isEqualTo(1);
    assertThat(target.rollup("project:WEB", BucketFilter.ALL).orElseThrow().issues()).isEqualTo(1);
  }

  @Test
  public void build_shouldAbandonAndKeepThePreviousIndex_whenAPageOfTheSearchFails() {
    for (long id = 1; id <= 1_500; id++) {
      source.put(issue(id, MOB, null, StatusCategory.TO_DO, 1.0));
    }
    assertThat(target.state().ready()).isFalse();
    source.failPageAt = 1_000;

    assertThatThrownBy(() -> target.build())
        .isInstanceOf(RollupIssueSource.RollupSourceException.class);
    assertThat(target.state().ready()).isFalse();
    assertThat(target.state().percent()).isEqualTo(66);
    assertThat(target.rollup("project:MOB", BucketFilter.ALL)).isEmpty();

    source.failPageAt = -1;
    target.build();
    source.failPageAt = 0;
    assertThatThrownBy(() -> target.reconcile())
        .isInstanceOf(RollupIssueSource.RollupSourceException.class);
    assertThat(target.rollup("project:MOB", BucketFilter.ALL).orElseThrow().issues())
        .isEqualTo(1_500);
  }

  @Test
  public void reconcile_shouldReportTheNodesThatDrifted_andRepairThem() {
    source.put(issue(1, MOB, null, StatusCategory.TO_DO, 1.0));
    source.put(issue(2, WEB, null, StatusCategory.TO_DO, 1.0));
    target.build();
    // a change the index missed (an event lost)
    source.put(issue(3, WEB, null, StatusCategory.DONE, 4.0));

    ReconcileReport report = target.reconcile();

    assertThat(report.issuesBefore()).isEqualTo(2);
    assertThat(report.issuesAfter()).isEqualTo(3);
    assertThat(report.driftedNodes()).containsExactlyInAnyOrder("portfolio:DIGITAL", "project:WEB");
    assertThat(report.driftedCount()).isEqualTo(2);
    assertThat(report.at()).isEqualTo(Instant.parse("2026-12-03T02:45:00Z"));
    assertThat(target.rollup("project:WEB", BucketFilter.ALL).orElseThrow().issues()).isEqualTo(2);
    assertThat(target.reconcile().driftedCount()).isZero();
  }

  @Test
  public void apply_shouldLeaveOutAnIssueOfAProjectInNoPortfolio_andRollupOfAnUnknownNodeBeEmpty() {
    target.build();

    target.apply(issue(1, 77_777, null, StatusCategory.TO_DO, 1.0));

    assertThat(target.state().issues()).isZero();
    assertThat(target.rollup("project:NOPE", BucketFilter.ALL)).isEmpty();
  }

  /** DIGITAL holds WEB directly and program APPS, which holds MOB. */
  private static final class Structure implements PortfolioStore {
    @Override
    public Optional<PortfolioNode> find(String key) {
      return list(0, 10).stream().filter(n -> n.key().equals(key)).findFirst();
    }

    @Override
    public List<PortfolioNode> list(int startAt, int limit) {
      return List.of(
          new PortfolioNode(
              "APPS",
              PortfolioNodeKind.PROGRAM,
              "Apps",
              "DIGITAL",
              "o",
              "s",
              "EUR",
              PercentCompleteMethod.BY_POINTS,
              List.of(new ProjectScope.JiraProject("MOB"), new ProjectScope.JiraProject("GONE")),
              1),
          new PortfolioNode(
              "DIGITAL",
              PortfolioNodeKind.PORTFOLIO,
              "Digital",
              null,
              "o",
              "s",
              "EUR",
              PercentCompleteMethod.BY_POINTS,
              List.of(new ProjectScope.JiraProject("WEB")),
              1));
    }

    @Override
    public List<PortfolioNode> programsOf(String portfolioKey) {
      return List.of(list(0, 10).get(0));
    }

    @Override
    public StoreResult<PortfolioNode> create(PortfolioNode node) {
      throw new UnsupportedOperationException();
    }

    @Override
    public StoreResult<PortfolioNode> update(PortfolioNode node) {
      throw new UnsupportedOperationException();
    }
  }
}
