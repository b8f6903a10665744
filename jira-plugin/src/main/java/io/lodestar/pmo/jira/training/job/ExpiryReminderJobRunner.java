package io.lodestar.pmo.jira.training.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.lodestar.pmo.app.training.ExpiryReminderJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The expiry reminder's job runner, a thin adapter: runs the app's {@link ExpiryReminderJob} (which
 * mails the holder and their manager through the host's mail outbox, Jira's mail queue) as of today
 * in the instance's time zone, and turns its run into the scheduler's response: success with a
 * summary, failed when the run threw. Every rule lives in the app job and the engine.
 */
public final class ExpiryReminderJobRunner implements JobRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ExpiryReminderJobRunner.class);

  private final ExpiryReminderJob job;
  private final Clock clock;

  public ExpiryReminderJobRunner(ExpiryReminderJob job) {
    this(job, Clock.systemDefaultZone());
  }

  ExpiryReminderJobRunner(ExpiryReminderJob job, Clock clock) {
    this.job = Objects.requireNonNull(job, "job");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    try {
      ExpiryReminderJob.Run run = job.run(LocalDate.now(clock));
      String summary = summary(run);
      if (!run.unreachable().isEmpty()) {
        LOG.warn("Lodestar expiry reminder not sent to user keys {}", run.unreachable());
      }
      LOG.info("Lodestar expiry reminder: {}", summary);
      return JobRunnerResponse.success(summary);
    } catch (RuntimeException e) {
      LOG.error("Lodestar expiry reminder failed", e);
      return JobRunnerResponse.failed(e);
    }
  }

  /** A one-line summary for the scheduler's job history (an admin log line, not UI text). */
  static String summary(ExpiryReminderJob.Run run) {
    return run.reminders()
        + " reminders, "
        + run.mails()
        + " mails, "
        + run.unreachable().size()
        + " people not reachable";
  }
}
