/**
 * The dashboard item "Lodestar portfolio health" (issue 8), host-neutral: its per-item
 * configuration ({@link io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig}, validated,
 * versioned) behind the {@link io.lodestar.pmo.app.portfolio.dashboard.DashboardItemStore} port,
 * and the item's view and configuration form ({@link
 * io.lodestar.pmo.app.portfolio.dashboard.PortfolioHealthItem}) over {@code PortfolioOverviews},
 * with the viewer's permissions. The sandbox hosts it on its dashboard stand-in; Jira has no
 * adapter of the port yet, so the item is not registered there.
 */
package io.lodestar.pmo.app.portfolio.dashboard;
