package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;

/**
 * The public holidays of one location. A port, because the engine depends on nothing: a holiday
 * library such as Jollyday (Apache 2.0) belongs in an adapter of the host, not here. The engine
 * ships {@link ListedHolidays} (an explicit list) and {@link RuleBasedHolidays} (fixed dates and
 * Easter-relative days); a host may adapt a holiday library or an imported iCalendar file to this
 * port.
 */
public interface HolidayCalendar {

  /** No holidays at all. */
  HolidayCalendar NONE = day -> false;

  /** True when {@code day} is a public holiday at this location. */
  boolean isHoliday(LocalDate day);
}
