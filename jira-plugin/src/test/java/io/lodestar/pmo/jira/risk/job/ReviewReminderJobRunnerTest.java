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
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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
  @Mock private ReviewReminderSweep sweep;
  @Mock private JobRunnerRequest request;

  private ReviewReminderJobRunner target;

  @Before
  public void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2026-05-04T06:00:00Z"), ZoneOffset.UTC);
    target = new ReviewReminderJobRunner(projectManager, settingsStore, sweep, clock);
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

  private static Project project(String key, boolean archived) {
    Project p = mock(Project.class);
    when(p.getKey()).thenReturn(key);
    when(p.isArchived()).thenReturn(archived);
    return p;
  }

  @Test
  public void runJob_shouldSweepOnlyConfiguredActiveProjects_whenRun() {
    // given
    when(sweep.run(any(), any(), any())).thenReturn(new ReviewSweepResult(1, 2, 1, 0, 1, 0, false));

    // when
    target.runJob(request);

    // then: BETA has no settings, OLD is archived
    verify(sweep).run(eq(List.of("ALPHA")), eq(TODAY), any());
  }

  @Test
  public void runJob_shouldReportSuccessWithSummary_whenSweepCompletes() {
    ReviewSweepResult result = new ReviewSweepResult(1, 2, 1, 0, 1, 0, false);
    when(sweep.run(any(), any(), any())).thenReturn(result);

    JobRunnerResponse response = target.runJob(request);

    assertThat(response).isEqualTo(JobRunnerResponse.success(result.summary()));
  }

  @Test
  public void runJob_shouldPassTheSchedulersCancellationFlag_whenSweeping() {
    // given
    when(sweep.run(any(), any(), any())).thenReturn(new ReviewSweepResult(0, 0, 0, 0, 0, 0, true));
    when(request.isCancellationRequested()).thenReturn(true);

    // when
    JobRunnerResponse response = target.runJob(request);

    // then
    ArgumentCaptor<BooleanSupplier> cancelled = ArgumentCaptor.forClass(BooleanSupplier.class);
    verify(sweep).run(any(), any(), cancelled.capture());
    assertThat(cancelled.getValue().getAsBoolean()).isTrue();
    assertThat(response.toString()).startsWith("ABORTED");
  }

  @Test
  public void runJob_shouldReportFailure_whenSweepThrows() {
    when(sweep.run(any(), any(), any())).thenThrow(new IllegalStateException("search down"));

    JobRunnerResponse response = target.runJob(request);

    assertThat(response.toString()).startsWith("FAILED").contains("search down");
  }
}
