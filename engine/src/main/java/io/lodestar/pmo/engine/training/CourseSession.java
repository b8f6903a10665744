package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a course on dates.
 *
 * @param id stable id; never null
 * @param courseId never null
 * @param first first day
 * @param last last day, not before {@code first}; passing is dated on it
 * @param secondsPerDay seconds of training on each day, within (0, 86400]; empty for whole days
 */
public record CourseSession(
    String id, String courseId, LocalDate first, LocalDate last, Optional<Integer> secondsPerDay) {

  public CourseSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(courseId, "courseId");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(secondsPerDay, "secondsPerDay");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("session " + id + " ends before it starts");
    }
    secondsPerDay.ifPresent(
        s -> {
          if (s <= 0 || s > 86_400) {
            throw new IllegalArgumentException("secondsPerDay must be within (0, 86400]: " + s);
          }
        });
  }
}
