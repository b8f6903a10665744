package io.lodestar.pmo.benchmarks;

import io.lodestar.pmo.engine.capacity.Absence;
import io.lodestar.pmo.engine.capacity.AbsenceKind;
import io.lodestar.pmo.engine.capacity.AllocationIndex;
import io.lodestar.pmo.engine.capacity.Availability;
import io.lodestar.pmo.engine.capacity.HolidayCalendar;
import io.lodestar.pmo.engine.capacity.Person;
import io.lodestar.pmo.engine.capacity.PersonCalendar;
import io.lodestar.pmo.engine.capacity.RuleBasedHolidays;
import io.lodestar.pmo.engine.capacity.WorkingHoursPlan;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Capacity vs allocation of issue 10: 21,000 people × 52 weeks over 1,000,000 issues, each issue's
 * remaining estimate spread over its assignee's working days (targets: full compute ≤ 2 s on one
 * core, one issue change ≤ 10 µs).
 *
 * <ul>
 *   <li>{@link #fullCompute}: {@link AllocationIndex#recompute()}: every person's working-day masks
 *       and capacities from their calendar (plan, availability, absences, holidays of one of five
 *       locations, employment dates), then every issue spread again;
 *   <li>{@link #streamingFloor}: the floor: one pass reading as many item fields as the compute
 *       does and adding one value per item into a person-week array of the same size;
 *   <li>{@link #incrementalUpdate}: one existing issue re-assigned and re-dated (its old spread
 *       taken out, the new one added).
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Capacity -f 1 -wi 3 -i 5}. Bytes per
 * person-week and per issue are printed at set-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class CapacityBenchmark {

  static final int PEOPLE = 21_000;
  static final int WEEKS = 52;
  static final int ISSUES = 1_000_000;
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  static final long HOUR = 3600;

  private AllocationIndex index;
  private int[] floorPerson;
  private int[] floorStart;
  private int[] floorDue;
  private long[] floorSeconds;
  private long[] floorCells;
  private long[] updateIds;
  private int[] updatePerson;
  private int[] updateStart;
  private int[] updateDue;
  private long[] updateSeconds;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(10L);
    HolidayCalendar[] locations = new HolidayCalendar[5];
    for (int l = 0; l < locations.length; l++) {
      locations[l] =
          new RuleBasedHolidays(
              "loc" + l,
              List.of(
                  new RuleBasedHolidays.Fixed(MonthDay.of(1, 1), "New Year"),
                  new RuleBasedHolidays.Fixed(MonthDay.of(5, 1 + l), "Labour day"),
                  new RuleBasedHolidays.Fixed(MonthDay.of(12, 25), "Christmas"),
                  new RuleBasedHolidays.Fixed(MonthDay.of(12, 26), "Boxing day"),
                  new RuleBasedHolidays.EasterRelative(-2, "Good Friday"),
                  new RuleBasedHolidays.EasterRelative(1, "Easter Monday"),
                  new RuleBasedHolidays.EasterRelative(39 + l, "Ascension")));
    }
    index = new AllocationIndex(MONDAY, WEEKS, PEOPLE, ISSUES);
    WorkingHoursPlan full = WorkingHoursPlan.standard();
    WorkingHoursPlan fourDays =
        WorkingHoursPlan.ofSeconds(8 * 3600, 8 * 3600, 8 * 3600, 8 * 3600, 0, 0, 0);
    for (int p = 0; p < PEOPLE; p++) {
      Person person =
          Person.of("user" + p, random.nextInt(5) == 0 ? fourDays : full).withLocation("loc");
      if (random.nextInt(10) == 0) {
        person =
            person.withAvailability(
                List.of(new Availability(MONDAY.plusDays(random.nextInt(300)), 50)));
      }
      if (random.nextInt(5) > 0) {
        LocalDate away = MONDAY.plusDays(random.nextInt(340));
        person =
            person.withAbsences(
                List.of(
                    Absence.days(away, away.plusDays(4 + random.nextInt(10)), AbsenceKind.VACATION),
                    Absence.partial(
                        away.plusDays(40), away.plusDays(41), AbsenceKind.TRAINING, 4 * 3600, "")));
      }
      if (random.nextInt(50) == 0) {
        person = person.withEmployment(MONDAY.plusDays(random.nextInt(200)), null);
      }
      index.putPerson(new PersonCalendar(person, locations[p % locations.length]));
    }
    floorPerson = new int[ISSUES];
    floorStart = new int[ISSUES];
    floorDue = new int[ISSUES];
    floorSeconds = new long[ISSUES];
    for (int i = 0; i < ISSUES; i++) {
      int person = random.nextInt(PEOPLE);
      int start = random.nextInt(-30, WEEKS * 7);
      int due = start + random.nextInt(0, 45);
      long seconds = random.nextLong(HOUR, 40 * HOUR);
      index.put(i, person, start, due, seconds);
      floorPerson[i] = person;
      floorStart[i] = start;
      floorDue[i] = due;
      floorSeconds[i] = seconds;
    }
    floorCells = new long[PEOPLE * WEEKS];
    updateIds = new long[4096];
    updatePerson = new int[4096];
    updateStart = new int[4096];
    updateDue = new int[4096];
    updateSeconds = new long[4096];
    for (int u = 0; u < updateIds.length; u++) {
      updateIds[u] = random.nextInt(ISSUES);
      updatePerson[u] = random.nextInt(PEOPLE);
      updateStart[u] = random.nextInt(0, WEEKS * 7);
      updateDue[u] = updateStart[u] + random.nextInt(0, 45);
      updateSeconds[u] = random.nextLong(HOUR, 40 * HOUR);
    }
    AllocationIndex.Totals totals = index.totals();
    long personWeeks = (long) PEOPLE * WEEKS;
    System.out.printf(
        "%nindex: %d people × %d weeks, %d issues; person-week arrays %.1f bytes per person-week;"
            + " all arrays %.1f bytes per person-week (%.1f bytes per issue beside the person-week"
            + " arrays); %d scheduled, %d unschedulable, %d overdue; %.1f %% of the scheduled"
            + " hours beyond the horizon%n",
        PEOPLE,
        WEEKS,
        index.items(),
        index.bytesPerPersonWeek(),
        index.bytes() / (double) personWeeks,
        (index.bytes() - personWeeks * index.bytesPerPersonWeek()) / (double) index.items(),
        totals.scheduled(),
        totals.unschedulable(),
        totals.overdue(),
        100.0
            * totals.beyondHorizonSeconds()
            / (totals.beyondHorizonSeconds() + totals.scheduledInHorizonSeconds()));
  }

  /** Every capacity from the calendars and every issue's spread; returns Σ load in the horizon. */
  @Benchmark
  public long fullCompute() {
    index.recompute();
    return index.totals().scheduledInHorizonSeconds();
  }

  /** The floor: read each issue's fields and add one value per issue into a person-week cell. */
  @Benchmark
  public long streamingFloor() {
    long[] cells = floorCells;
    long sum = 0;
    for (int i = 0; i < floorPerson.length; i++) {
      int start = Math.max(floorStart[i], 0);
      int week = Math.min(start, WEEKS * 7 - 1) / 7;
      cells[floorPerson[i] * WEEKS + week] += floorSeconds[i];
      sum += floorDue[i];
    }
    return sum + cells[0];
  }

  /** One existing issue re-assigned, re-dated and re-estimated. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public int incrementalUpdate() {
    int u = next++ & (updateIds.length - 1);
    index.put(updateIds[u], updatePerson[u], updateStart[u], updateDue[u], updateSeconds[u]);
    return u;
  }
}
