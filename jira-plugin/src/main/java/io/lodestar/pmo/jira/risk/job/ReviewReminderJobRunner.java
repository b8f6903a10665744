package io.lodestar.pmo.jira.risk.job;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.service.ReminderRun;
import io.lodestar.pmo.engine.risk.service.ReviewReminderService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review reminder's job runner, a thin adapter: picks the projects risk management is
 * configured for (their own settings, or the portfolio default) among Jira's non-archived projects
 * (hundreds, never issues), runs the engine's {@link ReviewReminderService} as of today in the
 * instance's time zone with the scheduler's cancellation flag, and turns its {@link ReminderRun}
 * into the scheduler's response: success, aborted when cancelled, failed when the run threw. Every
 * rule (what is overdue, who is reminded, what is flagged) lives in the engine service.
 */
public final class ReviewReminderJobRunner implements JobRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewReminderJobRunner.class);

  private final ProjectManager projectManager;
  private final RiskProjectSettingsStore settingsStore;
  private final ReviewReminderService service;
  private final Clock clock;

  public ReviewReminderJobRunner(
      ProjectManager projectManager,
      RiskProjectSettingsStore settingsStore,
      ReviewReminderService service) {
    this(projectManager, settingsStore, service, Clock.systemDefaultZone());
  }

  ReviewReminderJobRunner(
      ProjectManager projectManager,
      RiskProjectSettingsStore settingsStore,
      ReviewReminderService service,
      Clock clock) {
    this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
    this.settingsStore = Objects.requireNonNull(settingsStore, "settingsStore");
    this.service = Objects.requireNonNull(service, "service");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    try {
      List<String> configured =
          projectManager.getProjectObjects().stream()
              .filter(p -> !p.isArchived())
              .map(Project::getKey)
              .sorted(Comparator.naturalOrder())
              .filter(key -> settingsStore.effective(key).isPresent())
              .toList();
      ReminderRun run =
          service.run(LocalDate.now(clock), configured, request::isCancellationRequested);
      String summary = summary(run);
      if (!run.failedOwnerKeys().isEmpty()) {
        LOG.warn(
            "Lodestar risk review reminder not sent to user keys {} (retried next run)",
            run.failedOwnerKeys());
      }
      LOG.info("Lodestar risk review reminder: {}", summary);
      return run.cancelled()
          ? JobRunnerResponse.aborted(summary)
          : JobRunnerResponse.success(summary);
    } catch (RuntimeException e) {
      LOG.error("Lodestar risk review reminder failed", e);
      return JobRunnerResponse.failed(e);
    }
  }

  /** A one-line summary for the scheduler's job history (an admin log line, not UI text). */
  static String summary(ReminderRun run) {
    return (run.cancelled() ? "cancelled after " : "")
        + run.projectsScanned()
        + " projects, "
        + run.overdue()
        + " overdue risks, "
        + run.remindersSent()
        + " owners reminded, "
        + run.failedOwnerKeys().size()
        + " owners not reachable, "
        + run.notVisibleToOwner()
        + " risks hidden from their owner, "
        + run.unowned()
        + " unowned, "
        + run.flagsWritten()
        + " flags written, "
        + run.flagsCleared()
        + " flags cleared";
  }
}
