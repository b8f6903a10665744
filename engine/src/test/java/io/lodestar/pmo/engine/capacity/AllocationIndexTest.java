package io.lodestar.pmo.engine.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The allocation index against {@link AllocationCalculator} and its own laws. */
class AllocationIndexTest {

  private static final long H = 3600;
  private static final LocalDate MON = LocalDate.of(2026, 3, 2);
  private static final int WEEKS = 8;
  private static final HolidayCalendar HOLIDAYS =
      new RuleBasedHolidays(
          "x",
          List.of(
              new RuleBasedHolidays.EasterRelative(-2, "Good Friday"),
              new RuleBasedHolidays.EasterRelative(1, "Easter Monday"),
              new RuleBasedHolidays.Fixed(MonthDay.of(3, 19), "St Joseph")));

  /** A random population: some part-time, some away, some joining or leaving in the horizon. */
  private static List<Person> people(SplittableRandom random, int count) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Person p =
          Person.of(
              "p" + i,
              random.nextBoolean()
                  ? WorkingHoursPlan.standard()
                  : WorkingHoursPlan.ofSeconds(6 * 3600, 6 * 3600, 0, 6 * 3600, 4 * 3600, 0, 0));
      if (random.nextInt(3) == 0) {
        p = p.withLocation("x");
      }
      if (random.nextInt(4) == 0) {
        p = p.withAvailability(List.of(new Availability(MON.plusDays(random.nextInt(40)), 50)));
      }
      if (random.nextInt(4) == 0) {
        LocalDate away = MON.plusDays(random.nextInt(50));
        p =
            p.withAbsences(
                List.of(
                    Absence.days(away, away.plusDays(random.nextInt(10)), AbsenceKind.VACATION)));
      }
      if (random.nextInt(6) == 0) {
        p = p.withEmployment(null, MON.plusDays(random.nextInt(80)));
      }
      people.add(p);
    }
    return people;
  }

  private static AllocationIndex index(List<Person> people) {
    AllocationIndex index = new AllocationIndex(MON, WEEKS, people.size(), 16);
    for (Person p : people) {
      index.putPerson(
          new PersonCalendar(p, p.location().isEmpty() ? HolidayCalendar.NONE : HOLIDAYS));
    }
    return index;
  }

  @Property(tries = 60)
  void index_shouldAgreeWithTheCalculator_onEveryPersonWeek(@ForAll long seed) {
    // given random people and items, some before, across and after the horizon
    SplittableRandom random = new SplittableRandom(seed);
    List<Person> people = people(random, 6);
    AllocationIndex index = index(people);
    List<WorkItem> work = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int person = random.nextInt(people.size());
      LocalDate start = MON.plusDays(random.nextInt(-20, 70));
      LocalDate due =
          start.plusDays(random.nextInt(8) == 0 ? random.nextInt(150, 400) : random.nextInt(0, 40));
      long seconds = random.nextLong(0, 80 * H);
      work.add(WorkItem.of("A-" + i, "A", "p" + person, start, due, seconds));
      index.put(i, person, start, due, seconds);
    }
    // when
    LocalDate last = MON.plusDays(WEEKS * 7L - 1);
    AllocationResult model =
        new AllocationCalculator()
            .calculate(
                new CapacityInput(
                    MON, last, people, List.of(), Map.of("x", HOLIDAYS), work, List.of()));
    // then
    for (int p = 0; p < people.size(); p++) {
      PersonLoad load = model.person("p" + p).orElseThrow();
      for (int w = 0; w < WEEKS; w++) {
        LoadCell cell = load.cell(Period.ISO_WEEK, MON.plusWeeks(w));
        assertThat(index.capacity(p, w))
            .as("capacity p%d w%d", p, w)
            .isEqualTo(cell.capacitySeconds());
        assertThat(index.load(p, w)).as("load p%d w%d", p, w).isEqualTo(cell.allocatedSeconds());
      }
    }
    AllocationIndex.Totals totals = index.totals();
    WorkSummary summary = model.summary();
    assertThat(totals.beyondHorizonSeconds()).isEqualTo(summary.outsideWindowSeconds());
    assertThat(totals.unschedulable()).isEqualTo(summary.count(WorkStatus.UNSCHEDULABLE));
    assertThat(totals.unschedulableSeconds()).isEqualTo(summary.seconds(WorkStatus.UNSCHEDULABLE));
    assertThat(totals.overdue()).isEqualTo(summary.count(WorkStatus.OVERDUE));
    assertThat(totals.scheduled()).isEqualTo(summary.count(WorkStatus.SCHEDULED));
  }

  @Property(tries = 60)
  void incrementalUpdates_shouldEqualAFreshIndex_ofTheFinalItems(@ForAll long seed) {
    // given an index changed item by item (added, changed, re-assigned, removed)
    SplittableRandom random = new SplittableRandom(seed);
    List<Person> people = people(random, 5);
    AllocationIndex incremental = index(people);
    Map<Long, Object[]> finalItems = new HashMap<>();
    for (int step = 0; step < 200; step++) {
      long id = random.nextInt(30);
      if (random.nextInt(5) == 0) {
        assertThat(incremental.remove(id)).isEqualTo(finalItems.remove(id) != null);
        continue;
      }
      int person = random.nextInt(people.size());
      int start = random.nextInt(-10, 70);
      int due = start + random.nextInt(0, 30);
      long seconds = random.nextLong(0, 50 * H);
      incremental.put(id, person, start, due, seconds);
      finalItems.put(id, new Object[] {person, start, due, seconds});
    }
    // when the same final items go into a fresh index
    AllocationIndex fresh = index(people);
    finalItems.forEach((id, i) -> fresh.put(id, (int) i[0], (int) i[1], (int) i[2], (long) i[3]));
    incremental.recompute();
    // then
    for (int p = 0; p < people.size(); p++) {
      for (int w = 0; w < WEEKS; w++) {
        assertThat(incremental.load(p, w)).isEqualTo(fresh.load(p, w));
      }
    }
    assertThat(incremental.totals()).isEqualTo(fresh.totals());
    assertThat(incremental.items()).isEqualTo(finalItems.size());
  }

  @Property(tries = 100)
  void scenario_shouldConserveTotalAllocation_whenWorkMovesBetweenWeeksOrPeople(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int moves) {
    // given people who all work Monday to Friday (holidays aside) and items in the horizon
    SplittableRandom random = new SplittableRandom(seed);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      people.add(
          Person.of("p" + i, WorkingHoursPlan.standard()).withLocation(i % 2 == 0 ? "x" : ""));
    }
    AllocationIndex index = index(people);
    long total = 0;
    for (int i = 0; i < 30; i++) {
      int start = random.nextInt(0, WEEKS * 7 - 7);
      long seconds = random.nextLong(0, 60 * H);
      index.put(i, random.nextInt(4), start, start + random.nextInt(6, 7 * WEEKS - start), seconds);
      total += seconds;
    }
    long before = sumLoad(index);
    // when work is moved to other weeks (at least one full week, so always schedulable) or people
    AllocationScenario scenario = AllocationScenario.on(index);
    for (int m = 0; m < moves; m++) {
      long id = random.nextInt(30);
      if (random.nextBoolean()) {
        int start = random.nextInt(0, WEEKS * 7 - 7);
        int due = start + random.nextInt(6, 7 * WEEKS - start);
        scenario.move(id, MON.plusDays(start), MON.plusDays(due));
      } else {
        scenario.reassign(id, random.nextInt(4));
      }
    }
    // then nothing is lost or made up, and the index is untouched
    assertThat(before).isEqualTo(total);
    assertThat(sumLoad(scenario)).isEqualTo(total);
    assertThat(scenario.scheduledInHorizonDelta()).isZero();
    assertThat(sumLoad(index)).isEqualTo(before);
    // and applying the scenario's changes to the index gives the scenario's loads
    HeatMap seen = scenario.heatMap(new int[] {0, 1, 2, 3}, 0, WEEKS - 1);
    for (AllocationScenario.Change c : scenario.changes()) {
      long[] item = index.item(c.itemId());
      index.put(c.itemId(), index.person(c.personKey()), c.start(), c.due(), item[3]);
    }
    assertThat(index.heatMap(new int[] {0, 1, 2, 3}, 0, WEEKS - 1)).isEqualTo(seen);
  }

  private static long sumLoad(LoadView view) {
    long sum = 0;
    for (int p = 0; p < view.people(); p++) {
      for (int w = 0; w < view.weeks(); w++) {
        sum += view.load(p, w);
      }
    }
    return sum;
  }

  @Test
  public void scenario_shouldDifferExactlyByTheMovedWork_andLeaveTheIndexUnchanged() {
    // given ann with 20 h in week 0 and 10 h in week 1, bob with nothing
    AllocationIndex index =
        index(
            List.of(
                Person.of("ann", WorkingHoursPlan.standard()),
                Person.of("bob", WorkingHoursPlan.standard())));
    index.put(1, 0, MON, MON.plusDays(4), 20 * H);
    index.put(2, 0, MON.plusDays(7), MON.plusDays(11), 10 * H);
    HeatMap before = index.heatMap(new int[] {0, 1}, 0, 2);
    // when item 1 moves to week 2 and item 2 goes to bob
    AllocationScenario scenario = AllocationScenario.on(index);
    scenario.move(1, MON.plusDays(14), MON.plusDays(18));
    scenario.reassign(2, 1);
    HeatMap after = scenario.heatMap(new int[] {0, 1}, 0, 2);
    // then exactly the moved seconds changed cells
    assertThat(index.heatMap(new int[] {0, 1}, 0, 2)).isEqualTo(before);
    assertThat(after.load(0, 0)).isEqualTo(before.load(0, 0) - 20 * H);
    assertThat(after.load(0, 1)).isEqualTo(before.load(0, 1) - 10 * H);
    assertThat(after.load(0, 2)).isEqualTo(before.load(0, 2) + 20 * H);
    assertThat(after.load(1, 1)).isEqualTo(before.load(1, 1) + 10 * H);
    assertThat(after.load(1, 0)).isEqualTo(before.load(1, 0));
    assertThat(scenario.delta()).hasSize(4);
    assertThat(scenario.changes())
        .containsExactly(
            new AllocationScenario.Change(1, "ann", MON.plusDays(14), MON.plusDays(18)),
            new AllocationScenario.Change(2, "bob", MON.plusDays(7), MON.plusDays(11)));
    assertThat(scenario.stale()).isFalse();
    index.put(3, 1, MON, MON, H);
    assertThat(scenario.stale()).isTrue();
  }

  @Test
  public void scenario_shouldTurnARedCellGreen_whenWorkIsReassigned() {
    // given ann over-allocated in week 0 (three half-time items)
    AllocationIndex index =
        index(
            List.of(
                Person.of("ann", WorkingHoursPlan.standard()),
                Person.of("bob", WorkingHoursPlan.standard())));
    index.put(1, 0, MON, MON.plusDays(4), 20 * H);
    index.put(2, 0, MON, MON.plusDays(4), 20 * H);
    assertThat(index.overAllocated(0, 0)).isFalse();
    index.put(3, 0, MON, MON.plusDays(4), 20 * H);
    assertThat(index.overAllocated(0, 0)).isTrue();
    // when
    AllocationScenario scenario = AllocationScenario.on(index);
    scenario.reassign(3, 1);
    // then
    assertThat(scenario.overAllocated(0, 0)).isFalse();
    assertThat(scenario.remaining(0, 0)).isZero();
    assertThat(index.overAllocated(0, 0)).isTrue();
  }

  @Test
  public void putPerson_shouldSpreadTheirItemsAgain_whenTheCalendarChanges() {
    // given 40 h over week 0, then ann takes Monday and Tuesday off
    Person ann = Person.of("ann", WorkingHoursPlan.standard());
    AllocationIndex index = index(List.of(ann));
    index.put(1, 0, MON, MON.plusDays(11), 40 * H);
    assertThat(index.load(0, 0)).isEqualTo(20 * H);
    // when
    index.putPerson(
        new PersonCalendar(
            ann.withAbsences(List.of(Absence.days(MON, MON.plusDays(1), AbsenceKind.VACATION))),
            HolidayCalendar.NONE));
    // then 8 working days: 3 in week 0, 5 in week 1
    assertThat(index.load(0, 0)).isEqualTo(15 * H);
    assertThat(index.load(0, 1)).isEqualTo(25 * H);
    assertThat(index.capacity(0, 0)).isEqualTo(24 * H);
  }

  @Test
  public void contributors_shouldListTheItemsOfACell_largestFirst() {
    AllocationIndex index = index(List.of(Person.of("ann", WorkingHoursPlan.standard())));
    index.put(10, 0, MON, MON.plusDays(4), 5 * H);
    index.put(11, 0, MON, MON.plusDays(4), 30 * H);
    index.put(12, 0, MON.plusDays(7), MON.plusDays(8), 9 * H);
    assertThat(index.contributors(0, 0, 10))
        .containsExactly(
            new AllocationIndex.ItemShare(11, 30 * H), new AllocationIndex.ItemShare(10, 5 * H));
    assertThat(index.contributors(0, 0, 1)).hasSize(1);
  }

  @Test
  public void totals_shouldCountOverdueUnschedulableAndBeyondTheHorizon() {
    AllocationIndex index = index(List.of(Person.of("ann", WorkingHoursPlan.standard())));
    index.put(1, 0, MON.minusDays(9), MON.minusDays(3), 3 * H); // overdue
    index.put(2, 0, MON.plusDays(5), MON.plusDays(6), 4 * H); // a weekend only
    index.put(3, 0, MON.plusDays(7 * WEEKS - 3), MON.plusDays(7 * WEEKS + 4), 8 * H); // across
    AllocationIndex.Totals totals = index.totals();
    assertThat(totals.overdue()).isEqualTo(1);
    assertThat(totals.overdueSeconds()).isEqualTo(3 * H);
    assertThat(totals.unschedulable()).isEqualTo(1);
    assertThat(totals.unschedulableSeconds()).isEqualTo(4 * H);
    // Friday in the horizon, Mon–Fri after: 1 of 6 days inside
    assertThat(totals.scheduledInHorizonSeconds()).isEqualTo(8 * H / 6);
    assertThat(totals.beyondHorizonSeconds()).isEqualTo(8 * H - 8 * H / 6);
    assertThat(index.status(2)).contains(WorkStatus.UNSCHEDULABLE);
    assertThat(index.status(99)).isEmpty();
  }

  @Test
  public void index_shouldRefuseBadInput() {
    assertThatThrownBy(() -> new AllocationIndex(MON.plusDays(1), 4, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    AllocationIndex index = index(List.of(Person.of("ann", WorkingHoursPlan.standard())));
    assertThatThrownBy(() -> index.put(1, 5, MON, MON, H))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.put(1, 0, MON, MON, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.load(0, WEEKS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AllocationScenario.on(index).move(42, MON, MON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.heatMap(new int[600], 0, WEEKS - 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void search_shouldReturnTheMostFreeEligiblePeople_boundedAndOrdered() {
    // given four people with different loads in weeks 1–2
    AllocationIndex index =
        index(
            List.of(
                Person.of("ann", WorkingHoursPlan.standard()),
                Person.of("bob", WorkingHoursPlan.standard()),
                Person.of("cat", WorkingHoursPlan.standard()),
                Person.of("dan", WorkingHoursPlan.standard())));
    index.put(1, 0, MON.plusDays(7), MON.plusDays(11), 30 * H); // ann: 10 + 40 free
    index.put(2, 1, MON.plusDays(7), MON.plusDays(11), 60 * H); // bob: over in week 1, 40 free
    index.put(3, 2, MON.plusDays(7), MON.plusDays(18), 75 * H); // cat: 5 free
    // when
    FreeCapacitySearch target = new FreeCapacitySearch();
    List<FreeCapacitySearch.Candidate> free =
        target.search(index, 20 * H, 1, 2, key -> !key.equals("dan"), 10);
    List<FreeCapacitySearch.Candidate> top1 = target.search(index, 20 * H, 1, 2, key -> true, 1);
    // then an over-allocated week counts as no free time, not as negative
    assertThat(free)
        .extracting(FreeCapacitySearch.Candidate::personKey)
        .containsExactly("ann", "bob");
    assertThat(free)
        .extracting(FreeCapacitySearch.Candidate::freeSeconds)
        .containsExactly(50 * H, 40 * H);
    assertThat(top1).extracting(FreeCapacitySearch.Candidate::personKey).containsExactly("dan");
  }

  @Property(tries = 50)
  void itemRows_shouldBehaveLikeAMap(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ItemRows rows = new ItemRows(4);
    Map<Long, Integer> model = new HashMap<>();
    for (int i = 0; i < 2000; i++) {
      long key = random.nextInt(300) * (random.nextBoolean() ? 1L : 1_000_003L);
      switch (random.nextInt(3)) {
        case 0 -> {
          rows.put(key, i);
          model.put(key, i);
        }
        case 1 ->
            assertThat(rows.remove(key))
                .isEqualTo(Optional.ofNullable(model.remove(key)).orElse(-1));
        default -> assertThat(rows.get(key)).isEqualTo(model.getOrDefault(key, -1));
      }
      assertThat(rows.size()).isEqualTo(model.size());
    }
  }
}
