/**
 * Jira implementations of the risk web layer's ports that the custom fields, the issue panel and
 * the register page need: reading an issue in hand as a risk ({@link
 * io.lodestar.pmo.jira.risk.customfield.jira.JiraIssueRiskReader}) and looking users up ({@link
 * io.lodestar.pmo.jira.shared.host.JiraUserDirectory}).
 */
package io.lodestar.pmo.jira.risk.customfield.jira;
