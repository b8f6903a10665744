/**
 * The daily risk review reminder: a SAL {@code LifecycleAware} component that registers the job
 * runner and the cluster-wide schedule ({@link io.lodestar.pmo.jira.risk.job.ReviewReminderJob}),
 * the runner itself ({@link io.lodestar.pmo.jira.risk.job.ReviewReminderJobRunner}) and the e-mail
 * implementation of the engine's {@code ReviewReminderSender} port ({@link
 * io.lodestar.pmo.jira.risk.job.MailReviewReminderSender}).
 */
package io.lodestar.pmo.jira.risk.job;
