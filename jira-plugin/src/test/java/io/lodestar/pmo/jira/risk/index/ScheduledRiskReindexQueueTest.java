package io.lodestar.pmo.jira.risk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class ScheduledRiskReindexQueueTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private SchedulerService schedulerService;
  @Mock private JobRunner runner;

  @Test
  public void request_shouldScheduleTheProjectsJobOncePerClusterNow() throws Exception {
    // given
    ScheduledRiskReindexQueue target = new ScheduledRiskReindexQueue(schedulerService);

    // when
    target.request("ALPHA");

    // then
    ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
    verify(schedulerService)
        .scheduleJob(
            org.mockito.ArgumentMatchers.eq(JobId.of("lodestar-risk-reindex-ALPHA")),
            config.capture());
    assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    assertThat(config.getValue().getSchedule()).isEqualTo(Schedule.runOnce(null));
    assertThat(config.getValue().getJobRunnerKey()).isEqualTo(RiskReindexJob.RUNNER_KEY);
    assertThat(config.getValue().getParameters())
        .containsEntry(ScheduledRiskReindexQueue.PROJECT_KEY, "ALPHA");
  }

  @Test
  public void request_shouldNotThrow_whenTheSchedulerRefuses() throws Exception {
    // given
    doThrow(new SchedulerServiceException("down")).when(schedulerService).scheduleJob(any(), any());

    // when / then: the register walks meanwhile, the next request asks again
    new ScheduledRiskReindexQueue(schedulerService).request("ALPHA");
  }

  @Test
  public void lifecycle_shouldRegisterTheRunnerAtStart_andUnregisterItAtStop() {
    // given
    RiskReindexJob target = new RiskReindexJob(schedulerService, runner);

    // when
    target.onStart();
    target.onStop();

    // then
    verify(schedulerService).registerJobRunner(RiskReindexJob.RUNNER_KEY, runner);
    verify(schedulerService).unregisterJobRunner(RiskReindexJob.RUNNER_KEY);
  }
}
