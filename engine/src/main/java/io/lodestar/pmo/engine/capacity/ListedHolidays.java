package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Public holidays given as a list of dates with their names (as imported or typed in by a PMO
 * admin).
 *
 * @param location the location's key, e.g. {@code de-by}; never null
 * @param names holiday date → name; never null
 */
public record ListedHolidays(String location, Map<LocalDate, String> names)
    implements HolidayCalendar {

  public ListedHolidays {
    Objects.requireNonNull(location, "location");
    names = Map.copyOf(names);
  }

  @Override
  public boolean isHoliday(LocalDate day) {
    return names.containsKey(day);
  }
}
