package io.lodestar.pmo.sandbox.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.portfolio.port.PortfolioRollups;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.portfolio.RollupMeasures;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.host.SqlProjectDirectory;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxRollupIndexTest {

  private static final HostUser ADMIN = new HostUser("admin", "admin", "Admin", "a@example.com");
  private static final HostUser ALPHA_ONLY = new HostUser("alpha", "alpha", "Alpha", "b@x.com");

  private final SandboxStore store = TestData.newStore();
  private final SqlPortfolioStore nodes = new SqlPortfolioStore(store);
  private final SandboxRollupIndex target =
      new SandboxRollupIndex(
          store,
          nodes,
          new SqlProjectDirectory(store),
          Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC));

  @BeforeEach
  void given() {
    TestData.user(store, "admin", "all");
    TestData.user(store, "alpha");
    TestData.project(store, 1, "ALPHA");
    TestData.project(store, 2, "BETA");
    TestData.grant(store, 1, "BROWSE", "GROUP", "all");
    TestData.grant(store, 2, "BROWSE", "GROUP", "all");
    TestData.grant(store, 1, "BROWSE", "USER", "alpha");
    nodes.create(
        new PortfolioNode(
            "DIGITAL",
            PortfolioNodeKind.PORTFOLIO,
            "Digital",
            null,
            "admin",
            "admin",
            "EUR",
            PercentCompleteMethod.BY_POINTS,
            List.of(),
            0));
    nodes.create(
        new PortfolioNode(
            "MOBILE",
            PortfolioNodeKind.PROGRAM,
            "Mobile",
            "DIGITAL",
            "admin",
            "admin",
            "EUR",
            PercentCompleteMethod.BY_POINTS,
            List.of(new ProjectScope.JiraProject("ALPHA"), new ProjectScope.JiraProject("BETA")),
            0));
    TestData.issueType(store, "E", "Epic");
    TestData.issueType(store, "S", "Story");
    TestData.issueType(store, "T", "Sub-task");
    TestData.exec(
        store,
        "INSERT INTO cost_rate (currency, subject_kind, subject, effective_from, hourly) VALUES"
            + " ('EUR', 'DEFAULT', NULL, DATE '2000-01-01', 35)");
    TestData.issue(store, 100, "ALPHA-1", 1, "E", "indeterminate");
    story(101, "ALPHA-2", 1, "done", 5, "ALPHA-1");
    story(102, "ALPHA-3", 1, "new", 3, "ALPHA-1");
    TestData.issue(store, 103, "ALPHA-4", 1, "T", "new");
    TestData.exec(store, "UPDATE issue SET parent_key = 'ALPHA-3' WHERE id = 103");
    story(200, "BETA-1", 2, "new", 8, null);
    TestData.exec(
        store,
        "INSERT INTO worklog (id, issue_id, author_key, started, time_spent_seconds) VALUES (1,"
            + " 101, 'admin', TIMESTAMP WITH TIME ZONE '2026-05-04 09:00:00+00', 7200)");
    TestData.exec(store, "UPDATE issue SET time_spent_seconds = 7200 WHERE id = 101");
  }

  private void story(long id, String key, long project, String category, int points, String epic) {
    TestData.issue(store, id, key, project, "S", category);
    TestData.exec(
        store,
        "UPDATE issue SET story_points = ?, original_estimate_seconds = 36000, epic_key = ? WHERE"
            + " id = ?",
        points,
        epic,
        id);
  }

  @AfterEach
  void close() {
    target.close();
    store.close();
  }

  private Rollup rollup(String node, HostUser viewer) {
    BucketFilter visible = target.visibleTo(viewer);
    return target.rollup(node, visible).orElseThrow();
  }

  @Test
  void rollup_shouldAddAnEpicsChildrenAndSubtasks_andPriceWorklogsAtTheRateCard() {
    target.buildNow();

    Rollup epic = rollup("epic:ALPHA-1", ADMIN);
    assertThat(epic.issues()).isEqualTo(3); // two stories and the sub-task of one
    assertThat(epic.done()).isEqualTo(1);
    assertThat(epic.sums().get(RollupMeasures.STORY_POINTS.column())).isEqualTo(8.0);
    assertThat(epic.sums().get(RollupMeasures.STORY_POINTS_DONE.column())).isEqualTo(5.0);
    assertThat(epic.unvalued(RollupMeasures.STORY_POINTS.column())).isEqualTo(1);
    // 2 h at 35 EUR
    assertThat(epic.sums().get(PortfolioRollups.ACTUAL_COST)).isEqualTo(70.0);
    assertThat(rollup("project:ALPHA", ADMIN).issues()).isEqualTo(4);
  }

  @Test
  void rollup_shouldDifferForARestrictedViewerByExactlyTheHiddenItems() {
    target.buildNow();

    Rollup all = rollup("portfolio:DIGITAL", ADMIN);
    Rollup restricted = rollup("portfolio:DIGITAL", ALPHA_ONLY);

    assertThat(all.issues()).isEqualTo(5);
    assertThat(all.hidden()).isZero();
    assertThat(restricted.hidden()).isEqualTo(1);
    assertThat(restricted.issues() + restricted.hidden()).isEqualTo(all.issues());
    assertThat(restricted.sums().get(RollupMeasures.STORY_POINTS.column())).isEqualTo(8.0);
  }

  @Test
  void visibleTo_shouldApplyACommittedWrite_andIgnoreARolledBackOne() {
    target.buildNow();
    // a committed write through the hook: BETA-1 is done now
    store.inTransaction(
        c -> {
          c.createStatement()
              .executeUpdate("UPDATE issue SET status_category = 'done' WHERE id = 200");
          RollupIndexJournal.issueWritten(c, 200);
          return null;
        });
    // a rolled-back one
    try {
      store.inTransaction(
          c -> {
            c.createStatement().executeUpdate("UPDATE issue SET story_points = 99 WHERE id = 200");
            RollupIndexJournal.issueWritten(c, 200);
            throw new IllegalStateException("rolled back");
          });
    } catch (IllegalStateException expected) {
      // the write is gone
    }

    Rollup beta = rollup("project:BETA", ADMIN);
    assertThat(beta.done()).isEqualTo(1);
    assertThat(beta.sums().get(RollupMeasures.STORY_POINTS_DONE.column())).isEqualTo(8.0);
    assertThat(rollup("portfolio:DIGITAL", ADMIN).done()).isEqualTo(2);
    assertThat(TestData.count(store, "SELECT COUNT(*) FROM rollup_index_journal")).isZero();
  }

  @Test
  void reconcile_shouldReportTheNodesThatDrifted_andRepairThem() {
    target.buildNow();
    // a write that bypassed the hook
    TestData.exec(store, "UPDATE issue SET status_category = 'done' WHERE id = 102");

    PortfolioRollups.ReconcileReport report = target.reconcile();

    assertThat(report.driftedNodes())
        .containsExactlyInAnyOrder(
            "portfolio:DIGITAL", "program:MOBILE", "project:ALPHA", "epic:ALPHA-1");
    assertThat(report.issuesAfter()).isEqualTo(5);
    assertThat(rollup("epic:ALPHA-1", ADMIN).done()).isEqualTo(2);
    assertThat(target.reconcile().driftedCount()).isZero();
  }

  @Test
  void state_shouldSayWarming_untilTheIndexIsBuilt() {
    assertThat(target.state().ready()).isFalse();
    assertThat(target.rollup("project:ALPHA", BucketFilter.ALL)).isEmpty();

    target.buildNow();

    assertThat(target.state().ready()).isTrue();
    assertThat(target.state().issues()).isEqualTo(5);
  }
}
