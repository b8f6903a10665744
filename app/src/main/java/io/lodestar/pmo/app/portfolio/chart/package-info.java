/**
 * Server-side SVG charts of the portfolio pages, dashboard items and exports: the S-curve (PV, EV
 * and AC over the snapshot dates) and the forecast fan (plain and risk-adjusted P50/P80/P95
 * delivery dates). Each chart is a complete, deterministic SVG document built here, with every text
 * escaped, a {@code <title>} and {@code <desc>}, lines and bands told apart by dash pattern, marker
 * shape and text as well as colour, and the same figures as a data table; n/a figures are left out
 * with a note, and an empty chart says why it is empty. The charts need no JavaScript, so they work
 * in exports and mail too.
 */
package io.lodestar.pmo.app.portfolio.chart;
