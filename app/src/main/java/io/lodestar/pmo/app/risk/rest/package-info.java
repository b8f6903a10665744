/**
 * The risk register's REST API under {@code /rest/lodestar/1.0/}: scoring models, project risk
 * settings, the PMO admin group, the register (paged list, heat map, summary, CSV), exposure
 * simulation and the audit history.
 *
 * <p>Every resource is thin: resolve the target, authorise through {@link
 * io.lodestar.pmo.app.shared.security.AccessGuard}, validate the request (every refusal is a 400
 * naming the field, before anything is written), call an engine service, and map the result to an
 * immutable JSON record. Resources depend only on engine services and on the host ports in {@code
 * io.lodestar.pmo.app.shared.host}, never on Jira types (app's class path has none but the REST v2
 * access annotations), so Jira and the sandbox host the very same classes.
 *
 * <p>Query parameters are taken as strings and parsed here, so that a non-numeric or out-of-range
 * value is a 400 naming the parameter rather than JAX-RS's default 404.
 */
package io.lodestar.pmo.app.risk.rest;
