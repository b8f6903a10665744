package io.lodestar.pmo.app.risk.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * "Today" for the REST resources (overdue reviews, summaries): the instance's local date. A type of
 * its own rather than a bare {@link Clock} bean, so that wiring it does not make a clock an
 * autowiring candidate for every other bean of the plugin.
 */
public final class RestClock {

  private final Clock clock;

  /**
   * @param clock the clock whose zone defines "today" (the instance's default zone in production)
   */
  public RestClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @return today's date in the clock's zone
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
