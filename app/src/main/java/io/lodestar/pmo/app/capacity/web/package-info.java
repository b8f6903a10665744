/**
 * The capacity pages: a project's "Capacity" page and the global "Resources" page, one servlet and
 * controller, heat map, drill-down, what-if and free-capacity search working without JavaScript.
 */
package io.lodestar.pmo.app.capacity.web;
