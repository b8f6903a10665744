package io.lodestar.pmo.engine.standardization.template;

import java.util.Objects;

/**
 * What an artifact rule's count must be: {@code AT_MOST n} (offending issues, e.g. "epics without a
 * due date": at most 0) or {@code AT_LEAST n} (evidence, e.g. "risks reviewed in the last 30 days":
 * at least 1). Inclusive on both sides.
 *
 * @param comparison the direction; never null
 * @param limit the threshold, 0 to {@value #MAX_LIMIT}
 */
public record CountExpectation(Comparison comparison, long limit) {

  public static final long MAX_LIMIT = 1_000_000_000L;

  /** The direction of the comparison. */
  public enum Comparison {
    AT_MOST,
    AT_LEAST
  }

  public CountExpectation {
    Objects.requireNonNull(comparison, "comparison");
  }

  public static CountExpectation atMost(long limit) {
    return new CountExpectation(Comparison.AT_MOST, limit);
  }

  public static CountExpectation atLeast(long limit) {
    return new CountExpectation(Comparison.AT_LEAST, limit);
  }

  /** Whether {@code count} meets the expectation. */
  public boolean isMetBy(long count) {
    return comparison == Comparison.AT_MOST ? count <= limit : count >= limit;
  }
}
