package io.lodestar.pmo.jira.portfolio.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class SnapshotJobTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private SchedulerService schedulerService;
  @Mock private JobRunner runner;

  private SnapshotJob target;

  @Before
  public void setUp() {
    target = new SnapshotJob(schedulerService, runner);
  }

  @Test
  public void onStart_shouldRegisterTheRunner_andScheduleHourlyAtNightOncePerCluster()
      throws Exception {
    target.onStart();

    verify(schedulerService).registerJobRunner(SnapshotJob.RUNNER_KEY, runner);
    ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
    verify(schedulerService)
        .scheduleJob(eq(JobId.of("lodestar-portfolio-snapshot")), config.capture());
    assertThat(config.getValue().getJobRunnerKey()).isEqualTo(SnapshotJob.RUNNER_KEY);
    assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    assertThat(config.getValue().getSchedule())
        .isEqualTo(Schedule.forCronExpression("0 15 0-5 * * ?"));
  }

  @Test
  public void onStart_shouldKeepTheRunnerRegistered_whenSchedulingFails() throws Exception {
    doThrow(new SchedulerServiceException("down")).when(schedulerService).scheduleJob(any(), any());

    target.onStart();

    verify(schedulerService).registerJobRunner(SnapshotJob.RUNNER_KEY, runner);
    verify(schedulerService, never()).unregisterJobRunner(any());
  }

  @Test
  public void onStop_shouldUnregisterTheRunner_butKeepTheClusterSchedule() {
    target.onStop();

    verify(schedulerService).unregisterJobRunner(SnapshotJob.RUNNER_KEY);
    verify(schedulerService, never()).unscheduleJob(any());
  }
}
