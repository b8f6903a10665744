package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * From {@code effectiveFrom} on (until the next entry of the person's list), the person is
 * available for {@code percent} % of their working-hours plan, e.g. 80 for a four-day week or 50
 * for a half-time secondment.
 *
 * @param effectiveFrom first day the percentage holds; never null
 * @param percent within [0, 100]
 */
public record Availability(LocalDate effectiveFrom, int percent) {

  public Availability {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be within [0, 100] but was " + percent);
    }
  }
}
