/**
 * Ports of the risk feature: interfaces the Jira plugin (Jira API, Active Objects) and the sandbox
 * (embedded database) implement. Each method documents units and nullability; implementations must
 * be safe to call from several threads and cluster nodes.
 */
package io.lodestar.pmo.engine.risk.port;
