/**
 * The plugin's host ports on the sandbox database (users, groups, project grants, links, mail
 * outbox, audit log, PMO admin group) and the plugin's i18n bundle. The project permission rule
 * lives in {@link io.lodestar.pmo.sandbox.shared.host.ProjectAccess} alone.
 */
package io.lodestar.pmo.sandbox.shared.host;
