/** AO model version 5: the training tables, with their frozen entity copies. */
package io.lodestar.pmo.jira.training.persistence.upgrade.v5;
