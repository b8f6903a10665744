/**
 * Upgrade to AO model version 1, the first Lodestar schema: creates the scoring-model table and
 * seeds the default PMBOK 5×5 model. Everything here is frozen: the entity copy and the stored text
 * describe the schema and format of version 1 and must not change when the live entities do.
 */
package io.lodestar.pmo.jira.risk.persistence.upgrade.v1;
