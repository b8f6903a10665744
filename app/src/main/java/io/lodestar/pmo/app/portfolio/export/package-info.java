/**
 * CSV and XLSX exports of the portfolio tables: a portfolio's or program's overview table, a
 * project's epic table and a node's snapshot history, each with only what the viewer may browse.
 */
package io.lodestar.pmo.app.portfolio.export;
