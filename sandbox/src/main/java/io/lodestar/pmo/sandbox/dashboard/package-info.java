/**
 * The sandbox's stand-in of Jira dashboards (issue 8): dashboards with their owner and item slots
 * (schema V8), the store of the app's {@code DashboardItemStore} port, and the dashboard page
 * {@code /secure/Dashboard.jspa} hosting the app's "Lodestar portfolio health" item.
 */
package io.lodestar.pmo.sandbox.dashboard;
