package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's capacity per day: the plan's seconds for the weekday × availability %, minus absences,
 * zero on a public holiday of the person's location and outside the employment dates. A <b>working
 * day</b> is a day with capacity above zero: work is spread over those.
 */
public final class PersonCalendar {

  /** The longest span {@link #workingDays} walks: 100 years of days. */
  public static final int MAX_SPAN_DAYS = 36_525;

  private final Person person;
  private final HolidayCalendar holidays;

  public PersonCalendar(Person person, HolidayCalendar holidays) {
    this.person = Objects.requireNonNull(person, "person");
    this.holidays = Objects.requireNonNull(holidays, "holidays");
  }

  public Person person() {
    return person;
  }

  /** Capacity on {@code day} in seconds, never negative. */
  public long capacitySeconds(LocalDate day) {
    if (!person.employedOn(day) || holidays.isHoliday(day)) {
      return 0;
    }
    long planned = person.plan().seconds(day.getDayOfWeek());
    if (planned == 0) {
      return 0;
    }
    long available = planned * person.availabilityOn(day) / 100;
    for (Absence absence : person.absences()) {
      if (absence.covers(day)) {
        if (absence.secondsPerDay().isEmpty()) {
          return 0;
        }
        available -= absence.secondsPerDay().get();
      }
    }
    return Math.max(0, available);
  }

  /**
   * Capacity of {@code count} consecutive days from {@code first} into {@code out[0 .. count − 1]}
   * in one pass over the days, the availability entries and the absences: what {@link
   * #capacitySeconds} gives day by day.
   *
   * @param holiday the location's holiday flags for the same days (as {@link #holidayFlags} gives),
   *     so that people of one location share them
   */
  public void fillCapacities(LocalDate first, int count, boolean[] holiday, long[] out) {
    long firstDay = first.toEpochDay();
    int dow = first.getDayOfWeek().ordinal();
    java.util.List<Availability> availability = person.availability();
    int next = 0;
    int percent = 100;
    while (next < availability.size() && !availability.get(next).effectiveFrom().isAfter(first)) {
      percent = availability.get(next++).percent();
    }
    long nextChange =
        next < availability.size()
            ? availability.get(next).effectiveFrom().toEpochDay()
            : Long.MAX_VALUE;
    long joined = person.joined().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    long left = person.left().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    for (int i = 0; i < count; i++, dow = dow == 6 ? 0 : dow + 1) {
      long day = firstDay + i;
      while (day >= nextChange) {
        percent = availability.get(next++).percent();
        nextChange =
            next < availability.size()
                ? availability.get(next).effectiveFrom().toEpochDay()
                : Long.MAX_VALUE;
      }
      if (holiday[i] || day < joined || day > left) {
        out[i] = 0;
      } else {
        out[i] = (long) person.plan().secondsOf(dow) * percent / 100;
      }
    }
    for (Absence absence : person.absences()) {
      long from = Math.max(absence.first().toEpochDay(), firstDay);
      long to = Math.min(absence.last().toEpochDay(), firstDay + count - 1);
      for (long day = from; day <= to; day++) {
        int i = (int) (day - firstDay);
        out[i] =
            absence.secondsPerDay().isEmpty()
                ? 0
                : Math.max(0, out[i] - absence.secondsPerDay().get());
      }
    }
  }

  /** The holiday flags of {@code holidays} for {@code count} days from {@code first}. */
  public static boolean[] holidayFlags(HolidayCalendar holidays, LocalDate first, int count) {
    boolean[] flags = new boolean[count];
    LocalDate day = first;
    for (int i = 0; i < count; i++, day = day.plusDays(1)) {
      flags[i] = holidays.isHoliday(day);
    }
    return flags;
  }

  public HolidayCalendar holidays() {
    return holidays;
  }

  /** True when the person has capacity on {@code day}. */
  public boolean isWorkingDay(LocalDate day) {
    return capacitySeconds(day) > 0;
  }

  /**
   * Working days from {@code first} to {@code last}, both included; 0 when {@code last} is before
   * {@code first}.
   *
   * @throws IllegalArgumentException when the span exceeds {@link #MAX_SPAN_DAYS}
   */
  public int workingDays(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      return 0;
    }
    if (last.toEpochDay() - first.toEpochDay() >= MAX_SPAN_DAYS) {
      throw new IllegalArgumentException("span " + first + ".." + last + " exceeds 100 years");
    }
    int count = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
