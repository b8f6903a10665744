package io.lodestar.pmo.jira.training.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.MailOutbox;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.training.ExpiryReminderJob;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.app.training.TrainingWork;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.training.persistence.AoTrainingStore;
import io.lodestar.pmo.jira.training.persistence.CertTypeEntity;
import io.lodestar.pmo.jira.training.persistence.PersonCertEntity;
import io.lodestar.pmo.jira.training.persistence.ReminderSentEntity;
import io.lodestar.pmo.jira.training.persistence.SkillEntity;
import io.lodestar.pmo.jira.training.persistence.TrainingPersonEntity;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * The expiry reminder on Jira: the runner over the app job, the real service and the AO store (in
 * memory), with the mail outbox and the user directory mocked; and its scheduling.
 */
public class ExpiryReminderJobRunnerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private AoTrainingStore store;
  private MailOutbox outbox;
  private UserDirectory users;
  private ExpiryReminderJobRunner target;

  @Before
  public void setUp() {
    InMemoryActiveObjects ao = new InMemoryActiveObjects();
    ao.migrate(
        SkillEntity.class,
        CertTypeEntity.class,
        TrainingPersonEntity.class,
        PersonCertEntity.class,
        ReminderSentEntity.class);
    AoTransactions transactions = new AoTransactions(ao);
    store =
        new AoTrainingStore(
            ao,
            transactions,
            new ClusterWriteLocks(new InMemoryClusterLockService(), transactions));
    Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    TrainingService service =
        new TrainingService(
            store, mock(TrainingWork.class), mock(AuditLog.class), transactions, clock);
    outbox = mock(MailOutbox.class);
    users = mock(UserDirectory.class);
    ExpiryReminderJob job =
        new ExpiryReminderJob(
            service, users, outbox, (key, args) -> key, ExpiryReminderJob.DEFAULT_THRESHOLDS);
    target = new ExpiryReminderJobRunner(job, clock);
    store.saveCertificationType(
        new CertificationType("pmp", "PMP", "PMI", Optional.empty()), Versioned.NEW);
  }

  private void certificateOf(String person, LocalDate until) {
    store.addCertification(
        new PersonCertification(
            "c-" + person,
            person,
            "pmp",
            TODAY.minusYears(2),
            Optional.of(until),
            Optional.empty()));
  }

  @Test
  public void runJob_shouldMailTheHolderAndTheirManager_onceForAThreshold() {
    certificateOf("alice", TODAY.plusDays(30));
    store.savePerson(new TrainingStore.Person("alice", "mia", "Core"));
    HostUser alice = new HostUser("alice", "alice", "Alice", "alice@example.org");
    HostUser mia = new HostUser("mia", "mia", "Mia", "mia@example.org");
    when(users.byKey("alice")).thenReturn(Optional.of(alice));
    when(users.byKey("mia")).thenReturn(Optional.of(mia));

    JobRunnerResponse first = target.runJob(mock(JobRunnerRequest.class));
    JobRunnerResponse second = target.runJob(mock(JobRunnerRequest.class));

    assertThat(first)
        .isEqualTo(JobRunnerResponse.success("1 reminders, 2 mails, 0 people not reachable"));
    assertThat(second)
        .isEqualTo(JobRunnerResponse.success("0 reminders, 0 mails, 0 people not reachable"));
    verify(outbox, times(1)).enqueue(eq(alice), anyString(), anyString());
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(outbox, times(1)).enqueue(eq(mia), anyString(), body.capture());
    assertThat(body.getValue()).contains("lodestar.training.reminder.manager");
  }

  @Test
  public void runJob_shouldNameTheUnreachable_whenAHolderHasNoAddress() {
    certificateOf("bob", TODAY.plusDays(7));
    when(users.byKey("bob")).thenReturn(Optional.empty());

    JobRunnerResponse response = target.runJob(mock(JobRunnerRequest.class));

    assertThat(response)
        .isEqualTo(JobRunnerResponse.success("1 reminders, 0 mails, 1 people not reachable"));
    verify(outbox, never()).enqueue(any(), any(), any());
  }

  @Test
  public void runJob_shouldFail_whenTheMailQueueFails() {
    certificateOf("alice", TODAY.plusDays(30));
    when(users.byKey("alice"))
        .thenReturn(Optional.of(new HostUser("alice", "alice", "Alice", "alice@example.org")));
    IllegalStateException down = new IllegalStateException("mail queue down");
    doThrow(down).when(outbox).enqueue(any(), any(), any());

    JobRunnerResponse response = target.runJob(mock(JobRunnerRequest.class));

    assertThat(response).isEqualTo(JobRunnerResponse.failed(down));
  }

  @Test
  public void clusterJob_shouldScheduleDailyOncePerCluster_andKeepTheScheduleAtStop()
      throws Exception {
    SchedulerService scheduler = mock(SchedulerService.class);
    JobRunner runner = mock(JobRunner.class);
    ExpiryReminderClusterJob job = new ExpiryReminderClusterJob(scheduler, runner);

    job.onStart();
    job.onStop();

    verify(scheduler).registerJobRunner(ExpiryReminderClusterJob.RUNNER_KEY, runner);
    ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
    verify(scheduler)
        .scheduleJob(eq(JobId.of("lodestar-training-expiry-reminder")), config.capture());
    assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    assertThat(config.getValue().getSchedule())
        .isEqualTo(Schedule.forCronExpression("0 30 6 * * ?"));
    verify(scheduler).unregisterJobRunner(ExpiryReminderClusterJob.RUNNER_KEY);
    verify(scheduler, never()).unscheduleJob(any());
  }

  @Test
  public void clusterJob_shouldKeepTheRunner_whenSchedulingFails() throws Exception {
    SchedulerService scheduler = mock(SchedulerService.class);
    JobRunner runner = mock(JobRunner.class);
    doThrow(new SchedulerServiceException("down")).when(scheduler).scheduleJob(any(), any());

    new ExpiryReminderClusterJob(scheduler, runner).onStart();

    verify(scheduler).registerJobRunner(ExpiryReminderClusterJob.RUNNER_KEY, runner);
    verify(scheduler, never()).unregisterJobRunner(any());
  }
}
