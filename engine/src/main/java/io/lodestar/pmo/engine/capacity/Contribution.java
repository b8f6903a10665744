package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Seconds of one source (an issue, or an explicit allocation) on one person's day: what a
 * drill-down from a red cell lists.
 *
 * @param personKey never null
 * @param day never null
 * @param source the issue key, or {@code allocation:<id>}; never null
 * @param projectKey never null
 * @param seconds positive
 */
public record Contribution(
    String personKey, LocalDate day, String source, String projectKey, long seconds) {

  public Contribution {
    Objects.requireNonNull(personKey, "personKey");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(projectKey, "projectKey");
    if (seconds <= 0) {
      throw new IllegalArgumentException("a contribution is positive: " + seconds);
    }
  }
}
