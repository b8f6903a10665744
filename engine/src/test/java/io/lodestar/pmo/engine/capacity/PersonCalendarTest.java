package io.lodestar.pmo.engine.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The bulk capacity fill against the day-by-day rule. */
class PersonCalendarTest {

  private static final LocalDate MON = LocalDate.of(2026, 3, 2);
  private static final HolidayCalendar HOLIDAYS =
      new RuleBasedHolidays(
          "x",
          List.of(
              new RuleBasedHolidays.Fixed(MonthDay.of(5, 1), "Labour day"),
              new RuleBasedHolidays.EasterRelative(1, "Easter Monday")));

  @Property(tries = 200)
  void fillCapacities_shouldEqualCapacitySeconds_dayByDay(@ForAll long seed) {
    // given a person with random availability changes, absences and employment dates
    SplittableRandom random = new SplittableRandom(seed);
    Person p =
        Person.of(
                "p",
                WorkingHoursPlan.ofSeconds(
                    random.nextInt(0, 36_000),
                    28_800,
                    random.nextInt(0, 36_000),
                    28_800,
                    random.nextInt(0, 36_000),
                    random.nextInt(0, 3_600),
                    0))
            .withAvailability(
                List.of(
                    new Availability(MON.plusDays(random.nextInt(-30, 60)), random.nextInt(0, 101)),
                    new Availability(
                        MON.plusDays(random.nextInt(61, 120)), random.nextInt(0, 101))))
            .withAbsences(
                List.of(
                    Absence.days(
                        MON.plusDays(random.nextInt(-10, 100)),
                        MON.plusDays(random.nextInt(100, 110)),
                        AbsenceKind.VACATION),
                    Absence.partial(
                        MON.plusDays(random.nextInt(0, 120)),
                        MON.plusDays(random.nextInt(120, 140)),
                        AbsenceKind.TRAINING,
                        random.nextInt(1, 30_000),
                        ""),
                    Absence.partial(
                        MON.plusDays(random.nextInt(0, 120)),
                        MON.plusDays(random.nextInt(120, 140)),
                        AbsenceKind.OTHER,
                        random.nextInt(1, 30_000),
                        "")));
    if (random.nextBoolean()) {
      p =
          p.withEmployment(
              MON.plusDays(random.nextInt(-5, 40)), MON.plusDays(random.nextInt(40, 200)));
    }
    PersonCalendar calendar = new PersonCalendar(p, HOLIDAYS);
    int days = 180;
    long[] bulk = new long[days];
    // when
    calendar.fillCapacities(MON, days, PersonCalendar.holidayFlags(HOLIDAYS, MON, days), bulk);
    // then
    for (int i = 0; i < days; i++) {
      assertThat(bulk[i]).as("day %d", i).isEqualTo(calendar.capacitySeconds(MON.plusDays(i)));
    }
  }

  @Test
  public void workingDays_shouldCountDaysWithCapacity() {
    PersonCalendar calendar =
        new PersonCalendar(Person.of("p", WorkingHoursPlan.standard()), HOLIDAYS);
    // 2026: Easter Monday is 6 April, 1 May a Friday
    assertThat(calendar.workingDays(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 12)))
        .isEqualTo(4);
    assertThat(calendar.workingDays(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 3)))
        .isEqualTo(4);
    assertThat(calendar.workingDays(MON.plusDays(1), MON)).isZero();
  }
}
