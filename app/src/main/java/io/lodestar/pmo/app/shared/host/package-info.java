/**
 * Host ports: the few things Lodestar's REST resources, page controllers and templates need from
 * the product that hosts them (the current user, project permissions, mail, text, page rendering).
 *
 * <p>Nothing here names a Jira type, so that the same resources and controllers run inside Jira
 * (adapters in {@code io.lodestar.pmo.jira.shared.host}) and in the sandbox (adapters on its own
 * store).
 */
package io.lodestar.pmo.app.shared.host;
