/** The Jira issues as training reads them. */
package io.lodestar.pmo.jira.training.work;
