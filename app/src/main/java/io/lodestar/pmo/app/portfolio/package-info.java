/**
 * The portfolio layer of the app: the overview service that composes the engine's rollups,
 * progress, earned value, health and alignment for one viewer from the host's ports, its REST
 * resources ({@code .rest}) and pages ({@code .web}).
 */
package io.lodestar.pmo.app.portfolio;
