/**
 * Training and development in Jira: the Active Objects store, the issues as training reads them,
 * the "Qualification &amp; load" panel and field, and the expiry reminder job.
 */
package io.lodestar.pmo.jira.training;
