/**
 * Apply a template version to a new or an existing project, with a dry run first: {@link
 * io.lodestar.pmo.engine.standardization.apply.DryRun} computes exactly what would change (an
 * existing identical workflow scheme re-used rather than duplicated, the status migration with
 * issue counts, refused with field-named reasons when it cannot migrate safely); {@link
 * io.lodestar.pmo.engine.standardization.apply.PlanExecutor} applies the plan all-or-nothing
 * through the host's {@link io.lodestar.pmo.engine.standardization.apply.ApplyHost}, undoing the
 * done steps in reverse order when one fails.
 */
package io.lodestar.pmo.engine.standardization.apply;
