/**
 * The daily risk review reminder: a SAL {@code LifecycleAware} component that registers the job
 * runner and the cluster-wide schedule ({@link io.lodestar.pmo.jira.risk.job.ReviewReminderJob}),
 * the runner itself ({@link io.lodestar.pmo.jira.risk.job.ReviewReminderJobRunner}, a thin adapter
 * over the engine's {@code ReviewReminderService}, which owns every reminder rule), the e-mail
 * implementation of the engine's {@code ReviewReminderSender} port ({@link
 * io.lodestar.pmo.jira.risk.job.MailReviewReminderSender}) and the Jira implementation of its
 * {@code OwnerVisibility} port ({@link io.lodestar.pmo.jira.risk.job.JiraOwnerVisibility}).
 */
package io.lodestar.pmo.jira.risk.job;
