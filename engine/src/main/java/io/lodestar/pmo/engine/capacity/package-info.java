/**
 * Resource capacity and allocation (issue 10): per-person capacity per day from a working-hours
 * plan, availability, absences, public holidays and employment dates; allocation from remaining
 * estimates spread evenly over working days and from explicit allocations; person-day, ISO-week and
 * month views with the strict over-allocation rule of DOMAIN.md; an allocation index of primitive
 * arrays for 21,000 people × 52 weeks with incremental updates, what-if overlays and a bounded "who
 * is free" search.
 *
 * <p>All durations are whole <b>seconds</b> ({@code long}), as Jira's time tracking keeps them, so
 * that sums, deltas and moves are exact; views turn them into hours with {@link
 * io.lodestar.pmo.engine.capacity.LoadCell#hours(long)}.
 */
package io.lodestar.pmo.engine.capacity;
