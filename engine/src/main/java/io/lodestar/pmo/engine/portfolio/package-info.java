/**
 * The portfolio layer: the rollup index's measure columns and % complete by points, estimate or
 * count, with unestimated items counted and shown.
 */
package io.lodestar.pmo.engine.portfolio;
