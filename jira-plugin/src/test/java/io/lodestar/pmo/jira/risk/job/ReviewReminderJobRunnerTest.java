package io.lodestar.pmo.jira.risk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.Cancellation;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.service.ReminderRun;
import io.lodestar.pmo.engine.risk.service.ReviewReminderService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class ReviewReminderJobRunnerTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @Mock private ProjectManager projectManager;
  @Mock private RiskProjectSettingsStore settingsStore;
  @Mock private ReviewReminderService service;
  @Mock private JobRunnerRequest request;

  private ReviewReminderJobRunner target;

  @Before
  public void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2026-05-04T06:00:00Z"), ZoneOffset.UTC);
    target = new ReviewReminderJobRunner(projectManager, settingsStore, service, clock);
    Project alpha = project("ALPHA", false);
    Project beta = project("BETA", false);
    Project old = project("OLD", true);
    when(projectManager.getProjectObjects()).thenReturn(List.of(beta, old, alpha));
    when(settingsStore.effective(anyString())).thenReturn(Optional.empty());
    RiskProjectSettings settings =
        RiskProjectSettings.of(1L, RiskFieldMapping.builder().build(), null);
    when(settingsStore.effective("ALPHA")).thenReturn(Optional.of(settings));
    when(settingsStore.effective("OLD")).thenReturn(Optional.of(settings));
  }

  private static ReminderRun run(boolean cancelled) {
    return new ReminderRun(
        TODAY, cancelled, 1, List.of(), 2, 2, 2, 0, List.of("alice"), List.of(), 0, 1);
  }

  private static Project project(String key, boolean archived) {
    Project p = mock(Project.class);
    when(p.getKey()).thenReturn(key);
    when(p.isArchived()).thenReturn(archived);
    return p;
  }

  @Test
  public void runJob_shouldRunTheServiceOnlyForConfiguredActiveProjects_whenRun() {
    // given
    when(service.run(any(), any(), any())).thenReturn(run(false));

    // when
    target.runJob(request);

    // then: BETA has no settings, OLD is archived
    verify(service).run(eq(TODAY), eq(List.of("ALPHA")), any());
  }

  @Test
  public void runJob_shouldReportSuccessWithSummary_whenTheRunCompletes() {
    ReminderRun run = run(false);
    when(service.run(any(), any(), any())).thenReturn(run);

    JobRunnerResponse response = target.runJob(request);

    assertThat(response).isEqualTo(JobRunnerResponse.success(ReviewReminderJobRunner.summary(run)));
  }

  @Test
  public void runJob_shouldPassTheSchedulersCancellationFlag_whenRunning() {
    // given
    when(service.run(any(), any(), any())).thenReturn(run(true));
    when(request.isCancellationRequested()).thenReturn(true);

    // when
    target.runJob(request);

    // then
    ArgumentCaptor<Cancellation> cancellation = ArgumentCaptor.forClass(Cancellation.class);
    verify(service).run(any(), any(), cancellation.capture());
    assertThat(cancellation.getValue().isRequested()).isTrue();
  }

  @Test
  public void runJob_shouldReportAborted_whenTheRunWasCancelled() {
    when(service.run(any(), any(), any())).thenReturn(run(true));

    JobRunnerResponse response = target.runJob(request);

    assertThat(response.toString()).startsWith("ABORTED");
  }

  @Test
  public void runJob_shouldReportFailure_whenTheServiceThrows() {
    when(service.run(any(), any(), any())).thenThrow(new IllegalStateException("search down"));

    JobRunnerResponse response = target.runJob(request);

    assertThat(response.toString()).startsWith("FAILED").contains("search down");
  }

  @Test
  public void summary_shouldCountRemindedAndUnreachableOwners_whenSomeSendsFailed() {
    ReminderRun run =
        new ReminderRun(
            TODAY, false, 2, List.of(), 5, 1, 3, 1, List.of("alice"), List.of("bob"), 1, 0);

    String summary = ReviewReminderJobRunner.summary(run);

    assertThat(summary)
        .isEqualTo(
            "2 projects, 5 overdue risks, 1 owners reminded, 1 owners not reachable, 1 risks"
                + " hidden from their owner, 0 unowned, 3 flags written, 1 flags cleared");
  }
}
