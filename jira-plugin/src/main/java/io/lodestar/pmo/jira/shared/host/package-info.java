/**
 * Jira implementations of the host ports in {@code io.lodestar.pmo.app.shared.host}: the only place
 * where the REST resources', page controllers' and panels' view of the host meets Jira's API.
 *
 * <p>Users cross the boundary by their Jira user <em>key</em> (stable across renames), never by
 * user name. Every adapter fails closed: a user key or project id Jira no longer knows is treated
 * as having no permission at all (not as anonymous).
 */
package io.lodestar.pmo.jira.shared.host;
