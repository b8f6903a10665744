/**
 * The installable Jira app: Jira, SAL and Active Objects adapters of app's ports ({@code
 * shared.host}, {@code shared.persistence}), and per feature the Jira-only parts ({@code
 * risk.persistence} entities and upgrade tasks, {@code risk.customfield}, {@code risk.panel},
 * {@code risk.job}, {@code risk.source}). REST resources, pages and templates are app's; this
 * module stays thin. Wiring is in {@code META-INF/spring/}, modules in {@code
 * atlassian-plugin.xml}.
 */
package io.lodestar.pmo.jira;
