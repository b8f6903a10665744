/**
 * Active Objects persistence shared by every feature: the audit log, global settings (the PMO admin
 * group), a text format for structured configuration columns and the error raised when a stored row
 * cannot be read.
 *
 * <p>Caching: none. Every read goes to the database, which is the single source of truth of the
 * cluster; configuration rows are few and small, so no node-local copy is kept that another node
 * could not invalidate.
 */
package io.lodestar.pmo.jira.shared.persistence;
