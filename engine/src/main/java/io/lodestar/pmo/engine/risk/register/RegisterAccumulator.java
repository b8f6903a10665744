package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;

/**
 * A register view built by feeding risks one at a time. {@link #result()} may be called at any time
 * and reflects the risks fed so far; it does not reset the accumulator.
 *
 * @param <R> the view type
 */
public interface RegisterAccumulator<R> {

  /** Feeds one risk; never null. */
  void accept(AssessedRisk risk);

  /** The view of the risks fed so far; an immutable value. */
  R result();

  /** Feeds several risks in order. */
  default void acceptAll(Iterable<AssessedRisk> risks) {
    for (AssessedRisk risk : risks) {
      accept(risk);
    }
  }
}
