package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One rule of the qualification check: it judges the needs of its kind and returns a finding (never
 * throws for a refusal), or empty for needs of another kind.
 */
public interface QualificationPolicy {

  String name();

  /**
   * Judges {@code need} for {@code held} over the work's days {@code first .. last}.
   *
   * @param context the catalog and certification types, for names and hierarchy
   */
  Optional<QualificationFinding> evaluate(
      Need need, Held held, LocalDate first, LocalDate last, TrainingCatalog context);
}
