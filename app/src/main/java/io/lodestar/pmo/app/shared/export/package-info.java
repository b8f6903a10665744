/**
 * Table exports (CSV and XLSX) shared by every feature: a {@link
 * io.lodestar.pmo.app.shared.export.TableSink} that writes rows as they come (never the whole table
 * in memory), and the guard against cells a spreadsheet would run as a formula.
 */
package io.lodestar.pmo.app.shared.export;
