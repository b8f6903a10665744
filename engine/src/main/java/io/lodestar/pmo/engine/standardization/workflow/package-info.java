/**
 * Workflow templates: statuses with their status categories, transitions (with a resolution or not)
 * and conditions/validators from a fixed set ({@link
 * io.lodestar.pmo.engine.standardization.workflow.TransitionCheck}), and the validation a PMO
 * admin's edit must pass before it becomes a template version.
 */
package io.lodestar.pmo.engine.standardization.workflow;
