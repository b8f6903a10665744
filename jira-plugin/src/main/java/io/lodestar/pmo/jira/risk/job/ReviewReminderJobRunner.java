package io.lodestar.pmo.jira.risk.job;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review reminder's job runner: picks the projects risk management is configured for (their own
 * settings, or the portfolio default) among Jira's non-archived projects (hundreds, never issues),
 * runs the {@link ReviewReminderSweep} as of today in the instance's time zone, and reports a
 * one-line summary to the scheduler. Honours {@link JobRunnerRequest#isCancellationRequested()}.
 */
public final class ReviewReminderJobRunner implements JobRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewReminderJobRunner.class);

  private final ProjectManager projectManager;
  private final RiskProjectSettingsStore settingsStore;
  private final ReviewReminderSweep sweep;
  private final Clock clock;

  public ReviewReminderJobRunner(
      ProjectManager projectManager,
      RiskProjectSettingsStore settingsStore,
      ReviewReminderSweep sweep) {
    this(projectManager, settingsStore, sweep, Clock.systemDefaultZone());
  }

  ReviewReminderJobRunner(
      ProjectManager projectManager,
      RiskProjectSettingsStore settingsStore,
      ReviewReminderSweep sweep,
      Clock clock) {
    this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
    this.settingsStore = Objects.requireNonNull(settingsStore, "settingsStore");
    this.sweep = Objects.requireNonNull(sweep, "sweep");
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
      ReviewSweepResult result =
          sweep.run(configured, LocalDate.now(clock), request::isCancellationRequested);
      LOG.info("Lodestar risk review reminder: {}", result.summary());
      return result.cancelled()
          ? JobRunnerResponse.aborted(result.summary())
          : JobRunnerResponse.success(result.summary());
    } catch (RuntimeException e) {
      LOG.error("Lodestar risk review reminder failed", e);
      return JobRunnerResponse.failed(e);
    }
  }
}
