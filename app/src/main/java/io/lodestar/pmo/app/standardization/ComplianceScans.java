package io.lodestar.pmo.app.standardization;

import io.lodestar.pmo.app.standardization.port.AssignmentStore;
import io.lodestar.pmo.app.standardization.port.ScanRecords;
import io.lodestar.pmo.app.standardization.port.TemplateStore;
import io.lodestar.pmo.engine.standardization.compliance.ArtifactCountPort;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceEvaluator;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceScan;
import io.lodestar.pmo.engine.standardization.compliance.PolicyRegistry;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.engine.standardization.config.ConfigurationPort;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Scan now": starts a compliance scan of every assigned project in the background and answers its
 * progress; a cancel request is seen before the next project. One scan at a time: a start while one
 * runs is refused (the host's executor runs it; in Jira under a cluster lock). The whole scan is
 * one {@link ComplianceScan#run} call, so each scheme is read once per scan.
 */
public final class ComplianceScans {

  private static final Logger LOG = LoggerFactory.getLogger(ComplianceScans.class);

  /** Thrown when a scan is started while another runs (409). */
  public static final class ScanRunningException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String scanId;

    ScanRunningException(String scanId) {
      super("scan " + scanId + " is running");
      this.scanId = scanId;
    }

    public String scanId() {
      return scanId;
    }
  }

  private final AssignmentStore assignments;
  private final ScanRecords records;
  private final ComplianceScan scan;
  private final Executor executor;
  private final long pauseMillis;
  private final Clock clock;
  private final Object startLock = new Object();

  /**
   * @param pauseMillis a pause before each project (0 in production); the sandbox can slow a scan
   *     down so that its progress can be watched on a small demo
   */
  public ComplianceScans(
      TemplateStore templates,
      AssignmentStore assignments,
      ScanRecords records,
      ConfigurationPort configuration,
      ArtifactCountPort counts,
      Executor executor,
      long pauseMillis,
      Clock clock) {
    this.assignments = Objects.requireNonNull(assignments, "assignments");
    this.records = Objects.requireNonNull(records, "records");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (pauseMillis < 0) {
      throw new IllegalArgumentException("pauseMillis < 0");
    }
    this.pauseMillis = pauseMillis;
    this.scan =
        new ComplianceScan(
            new ComplianceEvaluator(PolicyRegistry.standard()),
            configuration,
            counts,
            templates,
            records,
            clock);
  }

  /**
   * Starts a scan of every assigned project.
   *
   * @throws ScanRunningException when a scan is running
   */
  public ScanPlan start(String actorKey) {
    ScanPlan plan;
    synchronized (startLock) {
      Optional<ScanPlan> latest = latest();
      if (latest.isPresent() && latest.get().state() == ScanPlan.State.RUNNING) {
        throw new ScanRunningException(latest.get().scanId());
      }
      plan = ScanPlan.start(UUID.randomUUID().toString(), assignments.all());
      records.start(plan, actorKey, clock.instant());
    }
    if (plan.state() == ScanPlan.State.RUNNING) {
      ScanPlan started = plan;
      executor.execute(() -> run(started));
    }
    return plan;
  }

  /** Runs a stored plan to its end (or cancellation); also resumes an interrupted one. */
  public ScanPlan run(ScanPlan plan) {
    try {
      return scan.run(plan, Integer.MAX_VALUE, () -> pauseThenCancelRequested(plan.scanId()));
    } catch (RuntimeException e) {
      LOG.error("compliance scan {} stopped", plan.scanId(), e);
      ScanPlan stopped = records.plan(plan.scanId()).orElse(plan).cancel();
      records.saveProgress(stopped);
      return stopped;
    }
  }

  private boolean pauseThenCancelRequested(String scanId) {
    if (pauseMillis > 0) {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
    }
    return records.cancelRequested(scanId);
  }

  /**
   * Judges one project now (after a template was applied to it): a scan of that project alone, run
   * in the calling thread, so its page shows the new result at once.
   *
   * @return the project's new result; empty when it could not be judged (unknown project or
   *     template version)
   */
  public Optional<ComplianceResult> rescan(TemplateAssignment assignment, String actorKey) {
    ScanPlan plan = ScanPlan.start(UUID.randomUUID().toString(), List.of(assignment));
    records.start(plan, actorKey, clock.instant());
    scan.run(plan, 1, () -> false);
    List<ComplianceResult> history = records.history(assignment.projectKey());
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** The newest scan as last stored. */
  public Optional<ScanPlan> latest() {
    return records.latestScanId().flatMap(records::plan);
  }

  public Optional<ScanPlan> plan(String scanId) {
    return records.plan(scanId);
  }

  /**
   * Asks scan {@code scanId} to stop before its next project.
   *
   * @return the plan as stored, empty when there is no such scan
   */
  public Optional<ScanPlan> cancel(String scanId) {
    Optional<ScanPlan> plan = records.plan(scanId);
    if (plan.isPresent() && plan.get().state() == ScanPlan.State.RUNNING) {
      records.requestCancel(scanId);
    }
    return plan;
  }
}
