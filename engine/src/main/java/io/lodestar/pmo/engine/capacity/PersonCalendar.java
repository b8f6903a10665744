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
