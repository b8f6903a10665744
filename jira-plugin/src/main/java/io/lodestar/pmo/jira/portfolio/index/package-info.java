/**
 * The portfolio rollup index on Jira: built on each node from a paged search (security overridden,
 * filtered per viewer by (project, security level) bucket), kept current from issue events and,
 * across the cluster, from inter-node messages; reconciled nightly once per cluster.
 */
package io.lodestar.pmo.jira.portfolio.index;
