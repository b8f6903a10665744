package io.lodestar.pmo.engine.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of capacity and allocation; 2026-03-02 is a Monday. */
class AllocationCalculatorTest {

  private static final long H = 3600;
  private static final LocalDate MON = LocalDate.of(2026, 3, 2);
  private static final LocalDate SUN = MON.plusDays(6);

  private final AllocationCalculator target = new AllocationCalculator();
  private final List<Person> people = new ArrayList<>();
  private final List<Team> teams = new ArrayList<>();
  private final List<WorkItem> work = new ArrayList<>();
  private final List<ExplicitAllocation> allocations = new ArrayList<>();
  private Map<String, HolidayCalendar> holidays = Map.of();

  private AllocationResult calculate(LocalDate first, LocalDate last) {
    return target.calculate(
        new CapacityInput(first, last, people, teams, holidays, work, allocations));
  }

  private static WorkItem issue(String key, String who, LocalDate start, LocalDate due, long h) {
    return WorkItem.of(key, "ALPHA", who, start, due, h * H);
  }

  private LoadCell week(AllocationResult result, String person, LocalDate day) {
    return result.person(person).orElseThrow().cell(Period.ISO_WEEK, day);
  }

  @Test
  public void calculate_shouldFitTwoHalfTimeAssignments_andOverAllocateOnTheThird() {
    // given a full-time person (40 h a week) and two half-time assignments (20 h each) in one week
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    work.add(issue("ALPHA-1", "ann", MON, MON.plusDays(4), 20));
    work.add(issue("ALPHA-2", "ann", MON, MON.plusDays(4), 20));
    // when
    LoadCell two = week(calculate(MON, SUN), "ann", MON);
    work.add(issue("ALPHA-3", "ann", MON, MON.plusDays(4), 20));
    LoadCell three = week(calculate(MON, SUN), "ann", MON);
    // then load equal to capacity fits (strictly greater is over), the third half-time does not
    assertThat(two).isEqualTo(new LoadCell(40 * H, 40 * H));
    assertThat(two.overAllocated()).isFalse();
    assertThat(two.remainingSeconds()).isZero();
    assertThat(three.overAllocated()).isTrue();
    assertThat(three.remainingSeconds()).isEqualTo(-20 * H);
  }

  @Test
  public void calculate_shouldApplyTheStrictRule_toExplicitHalfTimeAllocations() {
    // given two 50 % allocations of a full-time person, then a third
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    allocations.add(ExplicitAllocation.percentOfPerson("a1", "ann", "ALPHA", MON, SUN, 50));
    allocations.add(ExplicitAllocation.percentOfPerson("a2", "ann", "BETA", MON, SUN, 50));
    // when
    LoadCell two = week(calculate(MON, SUN), "ann", MON);
    allocations.add(ExplicitAllocation.percentOfPerson("a3", "ann", "GAMMA", MON, SUN, 50));
    LoadCell three = week(calculate(MON, SUN), "ann", MON);
    // then
    assertThat(two.allocatedSeconds()).isEqualTo(40 * H);
    assertThat(two.overAllocated()).isFalse();
    assertThat(three.allocatedSeconds()).isEqualTo(60 * H);
    assertThat(three.overAllocated()).isTrue();
  }

  @Test
  public void calculate_shouldSkipAPublicHoliday_inCapacityAndSpreading() {
    // given Good Friday 2026 (3 April) a holiday in Bavaria and 32 h of work over that week
    holidays =
        Map.of(
            "de-by",
            new RuleBasedHolidays(
                "de-by",
                List.of(
                    new RuleBasedHolidays.Fixed(MonthDay.of(1, 1), "New Year"),
                    new RuleBasedHolidays.EasterRelative(-2, "Good Friday"))));
    people.add(Person.of("ann", WorkingHoursPlan.standard()).withLocation("de-by"));
    LocalDate monday = LocalDate.of(2026, 3, 30);
    work.add(issue("ALPHA-1", "ann", monday, monday.plusDays(4), 32));
    // when
    AllocationResult result = calculate(monday, monday.plusDays(6));
    // then Friday has no capacity and gets no work; Monday to Thursday take 8 h each
    PersonLoad ann = result.person("ann").orElseThrow();
    assertThat(ann.day(monday.plusDays(4))).isEqualTo(LoadCell.EMPTY);
    assertThat(ann.day(monday)).isEqualTo(new LoadCell(8 * H, 8 * H));
    assertThat(week(result, "ann", monday)).isEqualTo(new LoadCell(32 * H, 32 * H));
  }

  @Test
  public void calculate_shouldRemoveVacationDays_andReducePartialAbsences() {
    // given Monday and Tuesday on vacation, four hours of training on Wednesday, 24 h of work
    people.add(
        Person.of("ann", WorkingHoursPlan.standard())
            .withAbsences(
                List.of(
                    Absence.days(MON, MON.plusDays(1), AbsenceKind.VACATION),
                    Absence.partial(
                        MON.plusDays(2), MON.plusDays(2), AbsenceKind.TRAINING, 4 * 3600, ""))));
    work.add(issue("ALPHA-1", "ann", MON, MON.plusDays(4), 24));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then 4 + 8 + 8 = 20 h capacity; the work is spread over Wed, Thu, Fri at 8 h each
    PersonLoad ann = result.person("ann").orElseThrow();
    assertThat(ann.day(MON)).isEqualTo(LoadCell.EMPTY);
    assertThat(ann.day(MON.plusDays(2))).isEqualTo(new LoadCell(4 * H, 8 * H));
    assertThat(ann.day(MON.plusDays(2)).overAllocated()).isTrue();
    assertThat(week(result, "ann", MON)).isEqualTo(new LoadCell(20 * H, 24 * H));
  }

  @Test
  public void calculate_shouldSpreadOverPartialWeeks_exactlyToTheSecond() {
    // given 10 h from Thursday to Tuesday: Thu, Fri, Mon, Tue are the 4 working days
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    work.add(issue("ALPHA-1", "ann", MON.plusDays(3), MON.plusDays(8), 10));
    // when
    AllocationResult result = calculate(MON, MON.plusDays(13));
    // then 2.5 h a day, 5 h in each week, the weekend empty
    PersonLoad ann = result.person("ann").orElseThrow();
    assertThat(ann.day(MON.plusDays(3)).allocatedSeconds()).isEqualTo(9000);
    assertThat(ann.day(MON.plusDays(5)).allocatedSeconds()).isZero();
    assertThat(week(result, "ann", MON).allocatedSeconds()).isEqualTo(5 * H);
    assertThat(week(result, "ann", MON.plusDays(7)).allocatedSeconds()).isEqualTo(5 * H);
    assertThat(ann.allocatedSeconds()).isEqualTo(10 * H);
  }

  @Test
  public void calculate_shouldGiveTheRemainderSecondsToTheFirstDays() {
    // given 10 seconds over 3 working days
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    work.add(WorkItem.of("ALPHA-1", "ALPHA", "ann", MON, MON.plusDays(2), 10));
    // when
    PersonLoad ann = calculate(MON, SUN).person("ann").orElseThrow();
    // then 4 + 3 + 3
    assertThat(ann.day(MON).allocatedSeconds()).isEqualTo(4);
    assertThat(ann.day(MON.plusDays(1)).allocatedSeconds()).isEqualTo(3);
    assertThat(ann.day(MON.plusDays(2)).allocatedSeconds()).isEqualTo(3);
  }

  @Test
  public void calculate_shouldCountUnestimatedUndatedAndUnassignedWork_withoutUsingCapacity() {
    // given one item of each kind that cannot be placed
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    work.add(
        new WorkItem(
            "ALPHA-1",
            "ALPHA",
            Optional.of("ann"),
            Optional.of(MON),
            Optional.of(SUN),
            Optional.empty()));
    work.add(
        new WorkItem(
            "ALPHA-2",
            "ALPHA",
            Optional.of("ann"),
            Optional.empty(),
            Optional.empty(),
            Optional.of(5 * H)));
    work.add(
        new WorkItem(
            "ALPHA-3",
            "ALPHA",
            Optional.empty(),
            Optional.of(MON),
            Optional.of(SUN),
            Optional.of(H)));
    work.add(issue("ALPHA-4", "bob", MON, SUN, 2));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then
    WorkSummary summary = result.summary();
    assertThat(summary.count(WorkStatus.UNESTIMATED)).isEqualTo(1);
    assertThat(summary.examples(WorkStatus.UNESTIMATED)).containsExactly("ALPHA-1");
    assertThat(summary.count(WorkStatus.UNSCHEDULED)).isEqualTo(1);
    assertThat(summary.seconds(WorkStatus.UNSCHEDULED)).isEqualTo(5 * H);
    assertThat(summary.count(WorkStatus.UNASSIGNED)).isEqualTo(1);
    assertThat(summary.count(WorkStatus.ASSIGNEE_NOT_PLANNED)).isEqualTo(1);
    assertThat(summary.count(WorkStatus.SCHEDULED)).isZero();
    assertThat(result.person("ann").orElseThrow().allocatedSeconds()).isZero();
  }

  @Test
  public void calculate_shouldCountWorkWithNoWorkingDayLeft_asUnschedulable() {
    // given work over a weekend only, and work during a whole-span vacation
    people.add(
        Person.of("ann", WorkingHoursPlan.standard())
            .withAbsences(
                List.of(Absence.days(MON.plusDays(7), MON.plusDays(11), AbsenceKind.SICK))));
    work.add(issue("ALPHA-1", "ann", MON.plusDays(5), MON.plusDays(6), 3));
    work.add(issue("ALPHA-2", "ann", MON.plusDays(7), MON.plusDays(11), 4));
    // when
    AllocationResult result = calculate(MON, MON.plusDays(13));
    // then both are counted with their hours, none is dropped and none uses capacity
    assertThat(result.summary().count(WorkStatus.UNSCHEDULABLE)).isEqualTo(2);
    assertThat(result.summary().seconds(WorkStatus.UNSCHEDULABLE)).isEqualTo(7 * H);
    assertThat(result.person("ann").orElseThrow().allocatedSeconds()).isZero();
  }

  @Test
  public void calculate_shouldCountWorkDueMoreThanACenturyAhead_asUnschedulable() {
    // given a due date typed as 2226 instead of 2026 beside ordinary work
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    work.add(issue("ALPHA-1", "ann", MON, LocalDate.of(2226, 3, 6), 8));
    work.add(issue("ALPHA-2", "ann", MON, MON.plusDays(4), 10));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then the calculation still answers: the typo is counted with its hours, the rest is spread
    assertThat(result.summary().count(WorkStatus.UNSCHEDULABLE)).isEqualTo(1);
    assertThat(result.summary().seconds(WorkStatus.UNSCHEDULABLE)).isEqualTo(8 * H);
    assertThat(result.person("ann").orElseThrow().allocatedSeconds()).isEqualTo(10 * H);
  }

  @Test
  public void calculate_shouldSpreadRemainingWorkFromTheWindowStart_andFlagOverdueWork() {
    // given work started last week and due Wednesday, and work due before the window
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    work.add(issue("ALPHA-1", "ann", MON.minusDays(7), MON.plusDays(2), 6));
    work.add(issue("ALPHA-2", "ann", MON.minusDays(7), MON.minusDays(1), 6));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then the remaining 6 h fall on Mon–Wed; the overdue item is counted apart
    PersonLoad ann = result.person("ann").orElseThrow();
    assertThat(ann.day(MON).allocatedSeconds()).isEqualTo(2 * H);
    assertThat(ann.allocatedSeconds()).isEqualTo(6 * H);
    assertThat(result.summary().count(WorkStatus.OVERDUE)).isEqualTo(1);
    assertThat(result.summary().seconds(WorkStatus.OVERDUE)).isEqualTo(6 * H);
  }

  @Test
  public void calculate_shouldCountSharesAfterTheWindow_asOutsideTheWindow() {
    // given 20 h over two weeks, the window being the first week
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    work.add(issue("ALPHA-1", "ann", MON, MON.plusDays(11), 20));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then
    assertThat(result.person("ann").orElseThrow().allocatedSeconds()).isEqualTo(10 * H);
    assertThat(result.summary().outsideWindowSeconds()).isEqualTo(10 * H);
  }

  @Test
  public void calculate_shouldFollowAvailabilityAndEmploymentDates() {
    // given 50 % from Wednesday on, and a person who joins on Thursday
    people.add(
        Person.of("ann", WorkingHoursPlan.standard())
            .withAvailability(List.of(new Availability(MON.plusDays(2), 50))));
    people.add(Person.of("bob", WorkingHoursPlan.standard()).withEmployment(MON.plusDays(3), null));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then
    assertThat(week(result, "ann", MON).capacitySeconds()).isEqualTo((8 + 8 + 4 + 4 + 4) * H);
    assertThat(week(result, "bob", MON).capacitySeconds()).isEqualTo(16 * H);
  }

  @Test
  public void calculate_shouldTakeTheWorkingHoursPlanPerWeekday() {
    // given 6 h Monday to Thursday, 4 h on Friday
    people.add(
        Person.of(
            "ann",
            WorkingHoursPlan.ofHours(
                Map.of(
                    DayOfWeek.MONDAY, BigDecimal.valueOf(6),
                    DayOfWeek.TUESDAY, BigDecimal.valueOf(6),
                    DayOfWeek.WEDNESDAY, BigDecimal.valueOf(6),
                    DayOfWeek.THURSDAY, BigDecimal.valueOf(6),
                    DayOfWeek.FRIDAY, new BigDecimal("4.5")))));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then
    assertThat(week(result, "ann", MON).capacitySeconds()).isEqualTo(28 * H + 1800);
  }

  @Test
  public void calculate_shouldSumDaysPerMonth() {
    // given March 2026: 22 weekdays, 2 of them in the window's first days
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    // when
    AllocationResult result = calculate(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
    // then
    var months = result.person("ann").orElseThrow().cells(Period.MONTH);
    assertThat(months.keySet()).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    assertThat(months.get(LocalDate.of(2026, 3, 1)).capacitySeconds()).isEqualTo(22 * 8 * H);
    assertThat(months.get(LocalDate.of(2026, 4, 1)).capacitySeconds()).isEqualTo(22 * 8 * H);
  }

  @Test
  public void calculate_shouldReplaceAnIssuesSpread_whenItIsAllocatedExplicitly() {
    // given an estimated issue and an explicit 10 h allocation naming it
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    work.add(issue("ALPHA-1", "ann", MON, MON.plusDays(4), 30));
    allocations.add(
        new ExplicitAllocation(
            "7",
            "ann",
            false,
            "ALPHA",
            Optional.of("ALPHA-1"),
            MON,
            MON.plusDays(1),
            new AllocationAmount.TotalSeconds(10 * H)));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then only the allocation counts, on Monday and Tuesday
    PersonLoad ann = result.person("ann").orElseThrow();
    assertThat(ann.allocatedSeconds()).isEqualTo(10 * H);
    assertThat(ann.day(MON).allocatedSeconds()).isEqualTo(5 * H);
    assertThat(result.summary().count(WorkStatus.EXPLICITLY_ALLOCATED)).isEqualTo(1);
  }

  @Test
  public void calculate_shouldSplitATeamsHours_byMembersTeamCapacity() {
    // given a team of a full member and a half member, 30 h allocated to it for a week
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    people.add(Person.of("bob", WorkingHoursPlan.standard()));
    teams.add(
        new Team("core", "Core", List.of(new Membership("ann", 100), new Membership("bob", 50))));
    allocations.add(
        new ExplicitAllocation(
            "t1",
            "core",
            true,
            "ALPHA",
            Optional.empty(),
            MON,
            SUN,
            new AllocationAmount.TotalSeconds(30 * H)));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then 2 : 1
    assertThat(week(result, "ann", MON).allocatedSeconds()).isEqualTo(20 * H);
    assertThat(week(result, "bob", MON).allocatedSeconds()).isEqualTo(10 * H);
    assertThat(result.team("core", Period.ISO_WEEK).get(MON))
        .isEqualTo(new LoadCell(60 * H, 25 * H));
    assertThat(result.project("ALPHA", Period.ISO_WEEK).get(MON)).isEqualTo(30 * H);
  }

  @Test
  public void calculate_shouldTakeATeamPercentage_ofEachMembersTeamShare() {
    // given 50 % of a team whose second member gives it half their time
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    people.add(Person.of("bob", WorkingHoursPlan.standard()));
    teams.add(
        new Team("core", "Core", List.of(new Membership("ann", 100), new Membership("bob", 50))));
    allocations.add(
        new ExplicitAllocation(
            "t1",
            "core",
            true,
            "ALPHA",
            Optional.empty(),
            MON,
            SUN,
            new AllocationAmount.PercentOfCapacity(50)));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then
    assertThat(week(result, "ann", MON).allocatedSeconds()).isEqualTo(20 * H);
    assertThat(week(result, "bob", MON).allocatedSeconds()).isEqualTo(10 * H);
  }

  @Test
  public void calculate_shouldPlanPlaceholders_andReportUnknownHolders() {
    // given an unnamed role and an allocation to nobody known
    people.add(Person.placeholder("placeholder:1", "Java developer", WorkingHoursPlan.standard()));
    allocations.add(
        ExplicitAllocation.percentOfPerson("p1", "placeholder:1", "ALPHA", MON, SUN, 100));
    allocations.add(ExplicitAllocation.percentOfPerson("x", "nobody", "ALPHA", MON, SUN, 10));
    // when
    AllocationResult result = calculate(MON, SUN);
    // then
    assertThat(week(result, "placeholder:1", MON)).isEqualTo(new LoadCell(40 * H, 40 * H));
    assertThat(result.unresolvedAllocations()).containsExactly("x");
  }

  @Test
  public void contributions_shouldListWhatFillsAWeek_largestFirst() {
    // given three issues in one week
    people.add(Person.of("ann", WorkingHoursPlan.standard()));
    work.add(issue("ALPHA-1", "ann", MON, MON.plusDays(4), 10));
    work.add(issue("ALPHA-2", "ann", MON, MON.plusDays(4), 30));
    work.add(issue("ALPHA-3", "ann", MON.plusDays(7), MON.plusDays(8), 5));
    // when
    List<Contribution> week =
        calculate(MON, MON.plusDays(13))
            .person("ann")
            .orElseThrow()
            .contributions(Period.ISO_WEEK, MON.plusDays(3));
    // then
    assertThat(week).extracting(Contribution::source).containsExactly("ALPHA-2", "ALPHA-1");
    assertThat(week).extracting(Contribution::seconds).containsExactly(30 * H, 10 * H);
  }

  @Test
  public void evaluate_shouldReturnMessageKeys_forOverAndWithinCapacity() {
    OverAllocationPolicy policy = new OverAllocationPolicy();
    assertThat(policy.evaluate(new LoadCell(40 * H, 40 * H)).messageKey())
        .isEqualTo(OverAllocationPolicy.KEY_WITHIN);
    OverAllocationPolicy.Finding over = policy.evaluate(new LoadCell(40 * H, 41 * H));
    assertThat(over.overAllocated()).isTrue();
    assertThat(over.args())
        .containsExactly(new BigDecimal("41.00"), new BigDecimal("40.00"), new BigDecimal("1.00"));
  }

  @Test
  public void easterSunday_shouldMatchKnownDates() {
    assertThat(RuleBasedHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(RuleBasedHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(RuleBasedHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(RuleBasedHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }

  @Test
  public void isHoliday_shouldFindAnEasterRelativeDayThatFallsInThePreviousYear() {
    // given a rule 100 days before Easter (allowed: offsets within ±200); Easter 2027 is 28 March
    RuleBasedHolidays holidays =
        new RuleBasedHolidays(
            "x", List.of(new RuleBasedHolidays.EasterRelative(-100, "Hundred days before")));
    // when / then 18 December 2026 is that holiday of Easter 2027
    assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 18))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 17))).isFalse();
  }

  @Test
  public void values_shouldRefuseInvalidInput() {
    assertThatThrownBy(() -> WorkingHoursPlan.ofSeconds(0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Availability(MON, 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Absence.days(MON, MON.minusDays(1), AbsenceKind.SICK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Person.of("a", WorkingHoursPlan.standard()).withEmployment(MON, MON.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Team("t", "T", List.of(new Membership("a", 50), new Membership("a", 50))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkItem.of("A-1", "A", "a", MON, MON, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void shares_shouldAddUpToTheTotal_forEverySplit() {
    for (long total = 0; total < 40; total++) {
      for (int days = 1; days < 9; days++) {
        long sum = 0;
        for (int i = 0; i < days; i++) {
          sum += EvenSpread.share(total, days, i);
        }
        assertThat(sum).isEqualTo(total);
        for (int from = 0; from <= days; from++) {
          long expected = 0;
          for (int i = from; i < days; i++) {
            expected += EvenSpread.share(total, days, i);
          }
          assertThat(EvenSpread.shares(total, days, from, days - from)).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  public void byRole_shouldCountPlaceholdersAsDemandWithoutSupply() {
    // given two Java developers, one of them a placeholder, 60 h of Java work in a week
    people.add(Person.of("ann", WorkingHoursPlan.standard()).withRole("Java developer"));
    people.add(Person.placeholder("placeholder:1", "Java developer", WorkingHoursPlan.standard()));
    people.add(Person.of("bob", WorkingHoursPlan.standard()));
    work.add(issue("ALPHA-1", "ann", MON, MON.plusDays(4), 30));
    allocations.add(
        ExplicitAllocation.percentOfPerson("p1", "placeholder:1", "ALPHA", MON, SUN, 75));
    // when
    var roles = new DemandSupply().byRole(calculate(MON, SUN), people, Period.ISO_WEEK);
    // then supply is ann's 40 h, demand 30 + 30 h: a shortfall of 20 h
    assertThat(roles).containsOnlyKeys("Java developer");
    LoadCell java = roles.get("Java developer").get(MON);
    assertThat(java).isEqualTo(new LoadCell(40 * H, 60 * H));
    assertThat(java.overAllocated()).isTrue();
  }
}
