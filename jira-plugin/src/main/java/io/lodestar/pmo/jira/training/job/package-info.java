/** The daily certification expiry reminder, once per cluster. */
package io.lodestar.pmo.jira.training.job;
