/**
 * Active Objects adapters of the risk engine's store ports: scoring models, per-project risk
 * settings (and the portfolio default) and overdue-review flags. Entities map explicitly to and
 * from engine values; structured columns use {@link
 * io.lodestar.pmo.app.shared.persistence.PropertiesText} with a format-version column, and every
 * read is validated by the engine before it is returned. Versioned writes run through {@link
 * io.lodestar.pmo.jira.shared.persistence.AoTransactions} (joining the calling service's
 * transaction) under a cluster lock held until that transaction ends, with the version check inside
 * it. Risk settings are keyed by Jira project id, so renaming a project key keeps them.
 *
 * <p>Caching: the database is the cluster's only source of truth. Scoring models and risk settings
 * are read through atlassian-cache caches replicated by invalidation ({@link
 * io.lodestar.pmo.jira.shared.persistence.ReadThroughCache}), invalidated by every write once its
 * transaction has ended; review flags are not cached.
 */
package io.lodestar.pmo.jira.risk.persistence;
