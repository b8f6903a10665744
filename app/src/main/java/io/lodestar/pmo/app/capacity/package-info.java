/**
 * Resource capacity above the engine ({@code io.lodestar.pmo.engine.capacity}): the person-week
 * heat map of a team or a project, the drill-down from a cell to the issues that fill it, the
 * free-capacity search, what-if scenarios and absences, behind host-neutral ports ({@code
 * app.capacity.port}); REST in {@code app.capacity.rest}, the pages in {@code app.capacity.web}.
 */
package io.lodestar.pmo.app.capacity;
