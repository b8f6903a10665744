package io.lodestar.pmo.sandbox.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.capacity.CapacityViews;
import io.lodestar.pmo.app.capacity.CapacityViews.Change;
import io.lodestar.pmo.app.capacity.CapacityViews.Scope;
import io.lodestar.pmo.app.capacity.port.CapacityWork;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.NotAvailableException;
import io.lodestar.pmo.app.shared.error.StaleVersionException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupService;
import io.lodestar.pmo.engine.capacity.Period;
import io.lodestar.pmo.engine.capacity.WorkingHoursPlan;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.demo.DemoCapacity;
import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import io.lodestar.pmo.sandbox.shared.host.PasswordHasher;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import io.lodestar.pmo.sandbox.shared.host.SqlHostPermissions;
import io.lodestar.pmo.sandbox.shared.host.SqlProjectDirectory;
import io.lodestar.pmo.sandbox.shared.host.SqlSettingRows;
import io.lodestar.pmo.sandbox.shared.server.SandboxUserDirectory;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The capacity views on the sandbox database with the demo's capacity data (a Wednesday). */
class CapacityViewsOnSqlTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 3);
  private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
  private static final LocalDate RED_WEEK = MONDAY.plusWeeks(DemoCapacity.OVERLOADED_WEEK);

  private SandboxStore store;
  private CapacityViews views;
  private final AtomicReference<HostUser> viewer = new AtomicReference<>();
  private SandboxUsers users;
  private Clock clock;

  @BeforeEach
  void setUp() {
    store = TestData.newStore();
    DemoData.generate(store, 500, 42L, TODAY);
    clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    users = new SandboxUsers(store, new PasswordHasher());
    views = viewsOn(new SqlCapacityWork(store, clock));
  }

  private CapacityViews viewsOn(CapacityWork work) {
    SqlAuditLog audit = new SqlAuditLog(store);
    BundleTexts texts = new BundleTexts();
    SqlHostPermissions permissions = new SqlHostPermissions(store);
    AccessGuard guard =
        new AccessGuard(
            () -> java.util.Optional.ofNullable(viewer.get()),
            new SqlProjectDirectory(store),
            permissions,
            new PmoAdminGroupService(new SqlSettingRows(store), audit, clock),
            texts);
    return new CapacityViews(
        guard,
        permissions,
        new SqlCapacityStore(store),
        work,
        new SandboxUserDirectory(users),
        audit,
        texts,
        clock,
        CapacityViews.DEFAULT_RESOURCE_MANAGER_GROUP,
        WorkingHoursPlan.standard());
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void signIn(String username) {
    viewer.set(users.byKey(username).orElseThrow());
  }

  private CapacityViews.Cell cell(CapacityViews.HeatMapPage page, String person, LocalDate week) {
    return page.rows().stream()
        .filter(r -> r.personKey().equals(person))
        .findFirst()
        .orElseThrow()
        .cells()
        .stream()
        .filter(c -> c.week().equals(week))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void heatMap_shouldMarkTheDemoWeekOverAllocatedStrictly_andTheReassignedWhatIfWithin() {
    // given the team lead
    signIn(DemoAccounts.MANAGER);

    // when the team's heat map is computed, then with one 16 h issue re-assigned
    CapacityViews.HeatMapPage page =
        views.heatMap(new Scope.OfTeam(DemoCapacity.TEAM), MONDAY, 8, 0, List.of());
    CapacityViews.Drill drill = views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of());
    CapacityViews.Source first = drill.sources().get(0);
    CapacityViews.HeatMapPage whatIf =
        views.heatMap(
            new Scope.OfTeam(DemoCapacity.TEAM),
            MONDAY,
            8,
            0,
            List.of(new Change(first.key(), DemoCapacity.ON_VACATION, null, null, null)));

    // then 48 h of 40 h is over, 32 h of 40 h is not, and the other person holds the 16 h
    CapacityViews.Cell red = cell(page, DemoCapacity.OVERLOADED, RED_WEEK);
    assertThat(red.loadSeconds()).isEqualTo(48 * 3600L);
    assertThat(red.capacitySeconds()).isEqualTo(40 * 3600L);
    assertThat(red.overAllocated()).isTrue();
    assertThat(drill.sources()).hasSize(3).allMatch(s -> s.seconds() == 16 * 3600L);
    assertThat(cell(whatIf, DemoCapacity.OVERLOADED, RED_WEEK).overAllocated()).isFalse();
    assertThat(cell(whatIf, DemoCapacity.OVERLOADED, RED_WEEK).loadSeconds()).isEqualTo(32 * 3600L);
    assertThat(cell(whatIf, DemoCapacity.ON_VACATION, RED_WEEK).loadSeconds())
        .isEqualTo(16 * 3600L);
    // and nothing was saved
    assertThat(views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of()).sources()).hasSize(3);
  }

  @Test
  void save_shouldRefuseAStaleVersionWritingNothing_andApplyTheCurrentOneWithAnAuditEntry() {
    signIn(DemoAccounts.MANAGER);
    CapacityViews.Source first =
        views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of()).sources().get(0);

    // a change read before someone else's write: 409, nothing written
    assertThatThrownBy(
            () ->
                views.save(
                    List.of(
                        new Change(
                            first.key(),
                            DemoCapacity.ON_VACATION,
                            null,
                            null,
                            first.version() - 1))))
        .isInstanceOf(StaleVersionException.class);
    assertThat(views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of()).sources()).hasSize(3);

    // the current version: saved, the cell within capacity, audited
    int saved =
        views.save(
            List.of(
                new Change(first.key(), DemoCapacity.ON_VACATION, null, null, first.version())));
    assertThat(saved).isEqualTo(1);
    CapacityViews.Drill after = views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of());
    assertThat(after.sources()).hasSize(2);
    assertThat(after.cell().overAllocated()).isFalse();
    assertThat(
            TestData.count(
                store,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'lodestar.capacity.audit.whatIfSaved'"))
        .isEqualTo(1);
  }

  @Test
  void save_shouldBeRefusedWith501WritingNothing_whenTheHostCannotWriteIssues() {
    signIn(DemoAccounts.MANAGER);
    CapacityViews.Source first =
        views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of()).sources().get(0);
    SqlCapacityWork sql = new SqlCapacityWork(store, clock);
    CapacityWork readOnly =
        new CapacityWork() {
          @Override
          public List<Issue> openAssignedTo(java.util.Collection<String> assignees) {
            return sql.openAssignedTo(assignees);
          }

          @Override
          public List<String> assigneesOf(String projectKey, LocalDate from) {
            return sql.assigneesOf(projectKey, from);
          }

          @Override
          public List<Issue> openUnassigned(String projectKey) {
            return sql.openUnassigned(projectKey);
          }

          @Override
          public java.util.Optional<Issue> issue(String issueKey) {
            return sql.issue(issueKey);
          }

          @Override
          public boolean writesIssues() {
            return false;
          }

          @Override
          public boolean update(
              String issueKey,
              long version,
              String assignee,
              LocalDate start,
              LocalDate due,
              String actorKey) {
            throw new AssertionError("must not be called");
          }
        };
    CapacityViews onReadOnlyHost = viewsOn(readOnly);

    assertThatThrownBy(
            () ->
                onReadOnlyHost.save(
                    List.of(
                        new Change(
                            first.key(), DemoCapacity.ON_VACATION, null, null, first.version()))))
        .isInstanceOfSatisfying(
            NotAvailableException.class, e -> assertThat(e.status()).isEqualTo(501));
    assertThat(views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of()).sources()).hasSize(3);
  }

  @Test
  void save_shouldBeRefused_whenTheViewerMayNotEditTheIssuesProject() {
    // given a member, who browses the Mobile project but may not edit its issues
    signIn(DemoAccounts.MEMBER);
    CapacityViews.Source first =
        views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of()).sources().get(0);

    assertThatThrownBy(
            () ->
                views.save(
                    List.of(
                        new Change(first.key(), DemoAccounts.MEMBER, null, null, first.version()))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void absences_shouldBeRefusedToAnotherMember_andShownToTheTeamLead() {
    LocalDate week = MONDAY.plusWeeks(DemoCapacity.VACATION_WEEK);

    signIn(DemoAccounts.MEMBER);
    assertThatThrownBy(() -> views.absences(DemoCapacity.ON_VACATION, MONDAY, week.plusDays(6)))
        .isInstanceOf(AccessDeniedException.class);
    CapacityViews.HeatMapPage memberView =
        views.heatMap(new Scope.OfTeam(DemoCapacity.TEAM), MONDAY, 2, 0, List.of());
    assertThat(cell(memberView, DemoCapacity.ON_VACATION, week).capacitySeconds()).isZero();
    assertThat(cell(memberView, DemoCapacity.ON_VACATION, week).absence()).isEmpty();
    assertThat(views.drill(DemoCapacity.ON_VACATION, week, List.of()).absences()).isEmpty();

    signIn(DemoAccounts.MANAGER);
    assertThat(views.absences(DemoCapacity.ON_VACATION, MONDAY, week.plusDays(6)))
        .singleElement()
        .satisfies(a -> assertThat(a.note()).isEqualTo(DemoCapacity.VACATION_NOTE));
    CapacityViews.HeatMapPage leadView =
        views.heatMap(new Scope.OfTeam(DemoCapacity.TEAM), MONDAY, 2, 0, List.of());
    assertThat(cell(leadView, DemoCapacity.ON_VACATION, week).absence()).isEqualTo("Vacation");
  }

  @Test
  void free_shouldFindOnlyPeopleWithTheHoursFreeInTheWeeks() {
    signIn(DemoAccounts.MEMBER);

    List<CapacityViews.Free> free =
        views.free(new Scope.OfTeam(DemoCapacity.TEAM), RED_WEEK, 1, 30 * 3600L, 20).people();

    // the over-allocated person has nothing free that week; the others at least 30 h
    assertThat(free)
        .extracting(CapacityViews.Free::personKey)
        .doesNotContain(DemoCapacity.OVERLOADED);
    assertThat(free).isNotEmpty().allMatch(f -> f.freeSeconds() >= 30 * 3600L);
  }

  @Test
  void heatMap_shouldCountOnlyBrowsableWork_andStateTheHidden_whenTheViewerMayNotBrowseMobile() {
    // given the Mobile core team, whose red week is three Mobile tasks, and person05 half-time on
    // a Mobile project by an explicit allocation
    Scope team = new Scope.OfTeam(DemoCapacity.TEAM);
    signIn(DemoAccounts.MANAGER);
    CapacityViews.HeatMapPage all = views.heatMap(team, MONDAY, 8, 0, List.of());
    CapacityViews.Drill allDrill = views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of());

    // when a user who browses only the Web program looks at the same team
    signIn(DemoAccounts.RESTRICTED);
    CapacityViews.HeatMapPage restricted = views.heatMap(team, MONDAY, 8, 0, List.of());
    CapacityViews.Drill restrictedDrill = views.drill(DemoCapacity.OVERLOADED, RED_WEEK, List.of());

    // then the browsing viewer sees everything and nothing hidden
    assertThat(all.hiddenCount()).isZero();
    assertThat(allDrill.hiddenCount()).isZero();
    assertThat(allDrill.sources()).hasSize(3);
    // and the restricted one sees the red week without the three Mobile tasks (48 h less: not red)
    CapacityViews.Cell red = cell(restricted, DemoCapacity.OVERLOADED, RED_WEEK);
    assertThat(red.loadSeconds())
        .isEqualTo(cell(all, DemoCapacity.OVERLOADED, RED_WEEK).loadSeconds() - 48 * 3600L);
    assertThat(red.capacitySeconds())
        .isEqualTo(cell(all, DemoCapacity.OVERLOADED, RED_WEEK).capacitySeconds());
    assertThat(red.overAllocated()).isFalse();
    assertThat(restrictedDrill.sources()).noneMatch(s -> s.projectKey().startsWith("MOB"));
    assertThat(restrictedDrill.hiddenCount()).isEqualTo(3);
    assertThat(restrictedDrill.cell().loadSeconds()).isEqualTo(red.loadSeconds());
    // the explicit Mobile allocation of person05 is hidden too: no load in its first week
    assertThat(cell(all, "person05", MONDAY).loadSeconds())
        .isGreaterThan(cell(restricted, "person05", MONDAY).loadSeconds());
    assertThat(restricted.hiddenCount()).isGreaterThanOrEqualTo(4);
    long allLoad = totalLoad(all);
    long restrictedLoad = totalLoad(restricted);
    assertThat(restrictedLoad).isLessThan(allLoad);
  }

  @Test
  void free_shouldStateTheHiddenWork_andNotCountItAsLoad_whenTheViewerMayNotBrowseIt() {
    Scope team = new Scope.OfTeam(DemoCapacity.TEAM);
    signIn(DemoAccounts.MANAGER);
    CapacityViews.FreeSearch all = views.free(team, RED_WEEK, 1, 30 * 3600L, 20);
    signIn(DemoAccounts.RESTRICTED);
    CapacityViews.FreeSearch restricted = views.free(team, RED_WEEK, 1, 30 * 3600L, 20);

    assertThat(all.hiddenCount()).isZero();
    assertThat(all.people())
        .extracting(CapacityViews.Free::personKey)
        .doesNotContain(DemoCapacity.OVERLOADED);
    // the restricted viewer does not see the Mobile tasks: the person seems free
    assertThat(restricted.people())
        .extracting(CapacityViews.Free::personKey)
        .contains(DemoCapacity.OVERLOADED);
    assertThat(restricted.hiddenCount()).isGreaterThanOrEqualTo(3);
  }

  private static long totalLoad(CapacityViews.HeatMapPage page) {
    return page.rows().stream()
        .flatMap(r -> r.cells().stream())
        .mapToLong(CapacityViews.Cell::loadSeconds)
        .sum();
  }

  @Test
  void heatMap_shouldSumTheWeeksIntoMonths_andSplitThemIntoDays_forTheSamePerson() {
    signIn(DemoAccounts.MANAGER);
    Scope team = new Scope.OfTeam(DemoCapacity.TEAM);
    LocalDate month = RED_WEEK.withDayOfMonth(1);

    CapacityViews.HeatMapPage months = views.heatMap(team, Period.MONTH, MONDAY, 3, 0, List.of());
    CapacityViews.HeatMapPage days = views.heatMap(team, Period.DAY, RED_WEEK, 7, 0, List.of());
    CapacityViews.Drill monthDrill =
        views.drill(DemoCapacity.OVERLOADED, Period.MONTH, RED_WEEK, List.of());

    // then the columns are the first days of the months / the days
    assertThat(months.period()).isEqualTo(Period.MONTH);
    assertThat(months.weeks()).hasSize(3).allMatch(d -> d.getDayOfMonth() == 1);
    assertThat(days.weeks())
        .containsExactly(
            RED_WEEK,
            RED_WEEK.plusDays(1),
            RED_WEEK.plusDays(2),
            RED_WEEK.plusDays(3),
            RED_WEEK.plusDays(4),
            RED_WEEK.plusDays(5),
            RED_WEEK.plusDays(6));
    // the seven days add up to the red week (48 h of 40 h), no day load on the weekend
    CapacityViews.HeatMapPage week = views.heatMap(team, MONDAY, 8, 0, List.of());
    long dayLoad = 0;
    long dayCapacity = 0;
    for (int d = 0; d < 7; d++) {
      CapacityViews.Cell c = cell(days, DemoCapacity.OVERLOADED, RED_WEEK.plusDays(d));
      dayLoad += c.loadSeconds();
      dayCapacity += c.capacitySeconds();
    }
    assertThat(dayLoad).isEqualTo(cell(week, DemoCapacity.OVERLOADED, RED_WEEK).loadSeconds());
    assertThat(dayCapacity)
        .isEqualTo(cell(week, DemoCapacity.OVERLOADED, RED_WEEK).capacitySeconds());
    assertThat(cell(days, DemoCapacity.OVERLOADED, RED_WEEK.plusDays(5)).capacitySeconds())
        .isZero();
    // the month holding the red week carries at least its 48 h; its drill lists the three tasks
    if (months.weeks().contains(month)) {
      assertThat(cell(months, DemoCapacity.OVERLOADED, month).loadSeconds())
          .isGreaterThanOrEqualTo(48 * 3600L);
    }
    assertThat(monthDrill.week()).isEqualTo(month);
    assertThat(monthDrill.sources().stream().mapToLong(CapacityViews.Source::seconds).sum())
        .isEqualTo(monthDrill.cell().loadSeconds())
        .isGreaterThanOrEqualTo(48 * 3600L);
  }
}
