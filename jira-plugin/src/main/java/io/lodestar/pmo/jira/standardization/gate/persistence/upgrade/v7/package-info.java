/**
 * Frozen copies of the stage-gate state, history and settings entities as of AO model version 7,
 * migrated by {@code io.lodestar.pmo.jira.standardization.persistence.upgrade.v7}.
 */
package io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v7;
