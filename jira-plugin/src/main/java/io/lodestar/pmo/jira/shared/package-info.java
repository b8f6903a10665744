/** Host ports, permission checks and error mapping shared by every plugin feature. */
package io.lodestar.pmo.jira.shared;
