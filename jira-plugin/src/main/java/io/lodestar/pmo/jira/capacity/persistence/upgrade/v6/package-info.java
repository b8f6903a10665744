/** AO model version 6: the capacity tables, with their frozen entity copies. */
package io.lodestar.pmo.jira.capacity.persistence.upgrade.v6;
