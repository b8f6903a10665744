/** The issue view's "Qualification &amp; load" panel and the "Lodestar qualification" field. */
package io.lodestar.pmo.jira.training.panel;
