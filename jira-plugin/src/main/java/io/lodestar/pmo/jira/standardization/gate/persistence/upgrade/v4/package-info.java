/** AO model version 4: the stage-gate phase table, with its frozen entity copy. */
package io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4;
