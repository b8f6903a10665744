/** AO model version 7: the standardization tables, with their frozen entity copies. */
package io.lodestar.pmo.jira.standardization.persistence.upgrade.v7;
