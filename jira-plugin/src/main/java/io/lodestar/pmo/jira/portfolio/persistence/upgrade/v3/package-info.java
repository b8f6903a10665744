/**
 * Upgrade to AO model version 3: the tables of the portfolio structure (portfolios and programs,
 * their scopes, strategic objectives and links, health overrides). Everything here is frozen: the
 * entity copies describe the schema of version 3 and must not change when the live entities do.
 */
package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3;
