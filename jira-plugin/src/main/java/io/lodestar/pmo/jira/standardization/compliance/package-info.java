/** Jira adapters of the compliance scans: artifact rules counted with Jira's search. */
package io.lodestar.pmo.jira.standardization.compliance;
