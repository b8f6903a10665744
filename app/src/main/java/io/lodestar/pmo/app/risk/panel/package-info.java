/**
 * The host-neutral half of the risk issue panel: which linked issues are risks, their mitigation
 * progress, and the panel's view model. Jira's web-panel context provider and condition (in {@code
 * io.lodestar.pmo.jira.risk.panel}) adapt these to Jira's issue view.
 */
package io.lodestar.pmo.app.risk.panel;
