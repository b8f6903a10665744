/**
 * Active Objects persistence shared by every feature: the engine's transactions ({@link
 * io.lodestar.pmo.jira.shared.persistence.AoTransactions}), cluster-wide write locks for versioned
 * rows ({@link io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks}), a cluster-safe
 * read-through cache ({@link io.lodestar.pmo.jira.shared.persistence.ReadThroughCache}), the audit
 * log, global settings (the PMO admin group), a text format for structured configuration columns
 * and the error raised when a stored row cannot be read.
 *
 * <p>Caching: the database is the single source of truth of the cluster. Caches built on {@code
 * ReadThroughCache} are replicated by invalidation, so no node keeps a copy another node cannot
 * invalidate. The PMO admin group and the audit log are not cached.
 */
package io.lodestar.pmo.jira.shared.persistence;
