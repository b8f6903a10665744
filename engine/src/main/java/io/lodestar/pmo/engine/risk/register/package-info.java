/**
 * Register views computed as <b>streaming accumulators</b>: feed {@link
 * io.lodestar.pmo.engine.risk.assessment.AssessedRisk}s one at a time (a Jira search is paged) and
 * read the result at the end. Memory is bounded by the view (matrix size, N, window size), never by
 * the register size. Accumulators are not thread-safe; use one per computation.
 */
package io.lodestar.pmo.engine.risk.register;
