package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot to compute capacity and allocation from, for the window {@code first .. last}. The
 * window's first day is "today" for remaining estimates: remaining work is spread from it on.
 *
 * @param first first day of the window; never null
 * @param last last day of the window, at most 3 years after {@code first}
 * @param people people and placeholders, keys unique
 * @param teams teams, keys unique
 * @param holidays location key → calendar; a location without an entry has no holidays
 * @param work assigned (or not) work items
 * @param allocations explicit allocations
 */
public record CapacityInput(
    LocalDate first,
    LocalDate last,
    List<Person> people,
    List<Team> teams,
    Map<String, HolidayCalendar> holidays,
    List<WorkItem> work,
    List<ExplicitAllocation> allocations) {

  /** The longest window: about three years of days. */
  public static final int MAX_WINDOW_DAYS = 3 * 366;

  public CapacityInput {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() >= MAX_WINDOW_DAYS) {
      throw new IllegalArgumentException("window " + first + ".." + last + " is empty or too long");
    }
    people = List.copyOf(people);
    teams = List.copyOf(teams);
    holidays = Map.copyOf(holidays);
    work = List.copyOf(work);
    allocations = List.copyOf(allocations);
  }

  /** The calendar of {@code person}'s location. */
  public HolidayCalendar holidaysOf(Person person) {
    return holidays.getOrDefault(person.location(), HolidayCalendar.NONE);
  }
}
