package io.lodestar.pmo.jira.risk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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

public class ReviewReminderJobTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private SchedulerService schedulerService;
  @Mock private JobRunner runner;

  private ReviewReminderJob target;

  @Before
  public void setUp() {
    target = new ReviewReminderJob(schedulerService, runner);
  }

  @Test
  public void onStart_shouldRegisterTheNodeLocalRunner_whenPluginStarts() {
    target.onStart();

    verify(schedulerService).registerJobRunner(ReviewReminderJob.RUNNER_KEY, runner);
  }

  @Test
  public void onStart_shouldScheduleDailyOncePerCluster_whenPluginStarts() throws Exception {
    // when
    target.onStart();

    // then
    ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
    verify(schedulerService)
        .scheduleJob(
            org.mockito.ArgumentMatchers.eq(JobId.of("lodestar-risk-review-reminder")),
            config.capture());
    assertThat(config.getValue().getJobRunnerKey()).isEqualTo(ReviewReminderJob.RUNNER_KEY);
    assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    assertThat(config.getValue().getSchedule())
        .isEqualTo(Schedule.forCronExpression("0 0 6 * * ?"));
  }

  @Test
  public void onStart_shouldKeepRunnerRegistered_whenSchedulingFails() throws Exception {
    doThrow(new SchedulerServiceException("down")).when(schedulerService).scheduleJob(any(), any());

    target.onStart();

    verify(schedulerService).registerJobRunner(ReviewReminderJob.RUNNER_KEY, runner);
    verify(schedulerService, never()).unregisterJobRunner(any());
  }

  @Test
  public void onStop_shouldUnregisterRunnerButKeepClusterSchedule_whenPluginStops() {
    target.onStop();

    verify(schedulerService).unregisterJobRunner(ReviewReminderJob.RUNNER_KEY);
    verify(schedulerService, never()).unscheduleJob(any());
  }
}
