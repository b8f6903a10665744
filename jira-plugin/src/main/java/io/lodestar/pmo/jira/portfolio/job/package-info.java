/**
 * The nightly portfolio snapshot job: the Jira scheduler registration ({@link
 * io.lodestar.pmo.jira.portfolio.job.SnapshotJob}) and the runner that stores one snapshot per node
 * and day under a cluster lock, in bounded batches, idempotently, and applies the retention ({@link
 * io.lodestar.pmo.jira.portfolio.job.SnapshotJobRunner}).
 */
package io.lodestar.pmo.jira.portfolio.job;
