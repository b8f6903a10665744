/**
 * Host-neutral ports of the portfolio pages and REST resources: project profiles, strategic
 * objectives, health overrides and the rollup index, each implemented by the host (Active Objects
 * and Jira's search in the plugin, the database and its own index in the sandbox).
 */
package io.lodestar.pmo.app.portfolio.port;
