/**
 * The capacity REST API under {@code /rest/lodestar/1.0/capacity}: heat maps, drill-down, free
 * capacity, what-if and absences; thin resources over {@link
 * io.lodestar.pmo.app.capacity.CapacityViews}.
 */
package io.lodestar.pmo.app.capacity.rest;
