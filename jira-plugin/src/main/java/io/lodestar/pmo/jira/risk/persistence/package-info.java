/**
 * Active Objects adapters of the risk engine's store ports: scoring models, per-project risk
 * settings (and the portfolio default) and overdue-review flags. Entities map explicitly to and
 * from engine values; structured columns use {@link
 * io.lodestar.pmo.jira.shared.persistence.PropertiesText} with a format-version column, and every
 * read is validated by the engine before it is returned. Writes run in one AO transaction each,
 * with the version check inside it.
 *
 * <p>Caching: none; the database is the cluster's only source of truth.
 */
package io.lodestar.pmo.jira.risk.persistence;
