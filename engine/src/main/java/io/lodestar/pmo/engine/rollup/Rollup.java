package io.lodestar.pmo.engine.rollup;

import java.util.List;
import java.util.Objects;

/**
 * The rollup of one node as one viewer sees it: only the issues of buckets the viewer may browse,
 * and how many were hidden.
 *
 * @param issues visible issues under the node
 * @param toDo visible issues in a to-do status
 * @param inProgress visible issues in an in-progress status
 * @param done visible issues in a done status
 * @param sums per measure, the sum over the visible issues that have a value
 * @param valued per measure, how many visible issues have a value (the rest are unestimated and
 *     counted, never silently zero)
 * @param hidden issues under the node the viewer may not browse
 */
public record Rollup(
    long issues,
    long toDo,
    long inProgress,
    long done,
    List<Double> sums,
    List<Long> valued,
    long hidden) {

  public Rollup {
    sums = List.copyOf(sums);
    valued = List.copyOf(valued);
    if (sums.size() != valued.size()) {
      throw new IllegalArgumentException("sums and valued must have one entry per measure");
    }
    if (toDo + inProgress + done != issues) {
      throw new IllegalArgumentException("status counts must add up to issues");
    }
  }

  /** Issues with no value for measure {@code m}. */
  public long unvalued(int m) {
    return issues - valued.get(m);
  }

  /** The mean of measure {@code m} over the issues that have a value; NaN when none has. */
  public double average(int m) {
    long n = valued.get(m);
    return n == 0 ? Double.NaN : sums.get(m) / n;
  }

  /** Whether the two rollups are equal, sums compared within {@code tolerance}. */
  public boolean closeTo(Rollup other, double tolerance) {
    Objects.requireNonNull(other, "other");
    if (issues != other.issues
        || toDo != other.toDo
        || inProgress != other.inProgress
        || done != other.done
        || hidden != other.hidden
        || !valued.equals(other.valued)) {
      return false;
    }
    for (int m = 0; m < sums.size(); m++) {
      if (Math.abs(sums.get(m) - other.sums.get(m)) > tolerance) {
        return false;
      }
    }
    return true;
  }
}
