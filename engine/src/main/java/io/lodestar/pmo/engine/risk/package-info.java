/**
 * Risk register engine: risks as values, their kinds, statuses, responses and ratings.
 *
 * <p>Layout: {@code .scoring} scales, bands and scoring models (configuration); {@code .assessment}
 * rating a risk with a model; {@code .register} streaming register views (heat map, top N, overdue,
 * appetite, trend, summary, filter/sort); {@code .mapping} turning raw Jira-ish field values into a
 * {@link io.lodestar.pmo.engine.risk.Risk}; {@code .port} the interfaces the hosts implement;
 * {@code .service} application services over the ports. {@code .exposure} (Monte Carlo) is a
 * separate feature. Nothing here depends on Jira, Active Objects, Spring, JAX-RS, servlets or JDBC.
 */
package io.lodestar.pmo.engine.risk;
