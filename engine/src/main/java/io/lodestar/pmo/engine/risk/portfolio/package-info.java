/**
 * Risks across the projects of a program or portfolio, each scored with its own project's model and
 * compared by their band's standing in that model.
 */
package io.lodestar.pmo.engine.risk.portfolio;
