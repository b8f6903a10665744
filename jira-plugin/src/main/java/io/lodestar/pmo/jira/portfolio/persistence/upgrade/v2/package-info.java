/**
 * Upgrade to AO model version 2: the portfolio tables (project profiles and metric snapshots) and
 * the seeded snapshot retention setting. Everything here is frozen: the entity copies and the
 * stored text describe the schema and format of version 2 and must not change when the live
 * entities do.
 */
package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2;
