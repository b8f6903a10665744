/**
 * The engine's {@code AssessedRiskIndex} on Jira's search index: the register's pages, heat map and
 * summary answered by bounded JQL searches and counts over Lodestar's calculated fields, and the
 * background re-index of a project's risk issues when what their assessments depend on changes.
 */
package io.lodestar.pmo.jira.risk.index;
