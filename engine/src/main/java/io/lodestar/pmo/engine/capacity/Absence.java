package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person away from {@code first} to {@code last} (both included), for whole days or for a number
 * of seconds on each of those days (a half-day, a four-hour training session).
 *
 * @param first first day away; never null
 * @param last last day away, not before {@code first}
 * @param kind why; never null
 * @param secondsPerDay seconds away on each day, within (0, 86400]; empty for whole days
 * @param source what the absence came from (e.g. {@code enrolment:42}), for drill-down; may be
 *     empty, never null
 */
public record Absence(
    LocalDate first,
    LocalDate last,
    AbsenceKind kind,
    Optional<Integer> secondsPerDay,
    String source) {

  public Absence {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(secondsPerDay, "secondsPerDay");
    Objects.requireNonNull(source, "source");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("absence ends " + last + " before it starts " + first);
    }
    secondsPerDay.ifPresent(
        s -> {
          if (s <= 0 || s > WorkingHoursPlan.MAX_SECONDS_PER_DAY) {
            throw new IllegalArgumentException("secondsPerDay must be within (0, 86400]: " + s);
          }
        });
  }

  /** Whole days away. */
  public static Absence days(LocalDate first, LocalDate last, AbsenceKind kind) {
    return new Absence(first, last, kind, Optional.empty(), "");
  }

  /** {@code secondsPerDay} away on each day from {@code first} to {@code last}. */
  public static Absence partial(
      LocalDate first, LocalDate last, AbsenceKind kind, int secondsPerDay, String source) {
    return new Absence(first, last, kind, Optional.of(secondsPerDay), source);
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
