/**
 * The risk feature's Jira adapters that read issues: the engine's {@code RiskSource} port on Jira's
 * search ({@link io.lodestar.pmo.jira.risk.source.JiraRiskSource}) and the conversion of Jira field
 * values to the engine's raw values ({@link io.lodestar.pmo.jira.risk.source.IssueFieldReader}).
 *
 * <p>They live under {@code host.jira} rather than {@code risk.source} because they are Jira
 * adapters like the other host ports, and the architecture rules allow Jira types only in {@code
 * host.jira}, persistence, custom-field, panel and job packages.
 */
package io.lodestar.pmo.jira.risk.source;
