/**
 * Scoring configuration as immutable values: {@link io.lodestar.pmo.engine.risk.scoring.Scale}s of
 * labelled levels, {@link io.lodestar.pmo.engine.risk.scoring.Bands} (low / medium / high ...),
 * {@link io.lodestar.pmo.engine.risk.scoring.Banding} by cell or by score threshold, and the sealed
 * family of {@link io.lodestar.pmo.engine.risk.scoring.ScoringModel}s (formula, lookup table, RPN).
 * Untrusted input arrives as a {@link io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft} whose
 * validation returns violations as values; the value types' own constructors throw only on bugs.
 */
package io.lodestar.pmo.engine.risk.scoring;
