/**
 * The risk feature's Jira adapters that read issues: the engine's {@code RiskSource} port on Jira's
 * search ({@link io.lodestar.pmo.jira.risk.source.JiraRiskSource}) and the conversion of Jira field
 * values to the engine's raw values ({@link io.lodestar.pmo.jira.risk.source.IssueFieldReader}).
 *
 * <p>Jira 11's search: the register pages through {@code SearchService} (the domain-level entry
 * point Jira 11 keeps beside its document-level Search API), never through Lucene or OpenSearch
 * types, one page of at most a few hundred issues per call (OpenSearch caps one search at 10,000
 * documents).
 */
package io.lodestar.pmo.jira.risk.source;
