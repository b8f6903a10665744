/**
 * Stage gates in Jira: the "Lodestar phase" calculated custom field type, which reads a project's
 * current stage-gate phase from the {@code GATE_PHASE} Active Objects table. The gate service,
 * pages and REST run in the sandbox only so far; nothing in Jira writes the table yet.
 */
package io.lodestar.pmo.jira.standardization.gate;
