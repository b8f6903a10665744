/**
 * The configuration facts a host reports about a project and its schemes, in engine terms (a Jira
 * workflow is reported as a {@link
 * io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate}), and the port that answers
 * them. {@link io.lodestar.pmo.engine.standardization.config.SchemeCache} makes one scan read each
 * scheme once, however many projects share it.
 */
package io.lodestar.pmo.engine.standardization.config;
