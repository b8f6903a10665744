/** Jobs on Jira's scheduler shared by the features: a nightly or daily job once per cluster. */
package io.lodestar.pmo.jira.shared.job;
