/**
 * Strategic objectives, the projects serving them with a contribution share, and a portfolio's
 * alignment coverage.
 */
package io.lodestar.pmo.engine.alignment;
