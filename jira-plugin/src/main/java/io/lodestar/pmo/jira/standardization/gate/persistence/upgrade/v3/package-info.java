/** AO model version 3: the stage-gate phase table, with its frozen entity copy. */
package io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v3;
