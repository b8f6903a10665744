/**
 * REST resources of the portfolio layer under {@code /rest/lodestar/1.0}: portfolios and their
 * overviews, project profiles, health overrides and the rollup index's reconcile. Thin: resolve →
 * authorise ({@code AccessGuard}) → validate → call {@code PortfolioOverviews} → map to JSON.
 */
package io.lodestar.pmo.app.portfolio.rest;
