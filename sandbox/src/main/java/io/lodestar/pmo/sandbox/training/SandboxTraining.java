package io.lodestar.pmo.sandbox.training;

import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.MailOutbox;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.host.WebResources;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.training.ExpiryReminderJob;
import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.rest.TrainingExportResource;
import io.lodestar.pmo.app.training.rest.TrainingPrivacyResource;
import io.lodestar.pmo.app.training.rest.TrainingReminderResource;
import io.lodestar.pmo.app.training.rest.TrainingResource;
import io.lodestar.pmo.app.training.web.TrainingPageController;
import io.lodestar.pmo.app.training.web.TrainingServlet;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training feature's object graph in the sandbox (issue 10), built by constructor as the
 * plugin's Spring XML would: the SQL store and issue reads, the service, the access rules, the REST
 * resources, the page, the issue panel and the daily certification expiry reminder (at {@link
 * #DAILY_AT} in the clock's zone, on one single-thread scheduler, so runs never overlap).
 */
public final class SandboxTraining implements AutoCloseable {

  /** Time of day of the daily expiry reminder. */
  public static final LocalTime DAILY_AT = LocalTime.of(6, 5);

  private static final Logger LOG = LoggerFactory.getLogger(SandboxTraining.class);

  private final SqlTrainingStore store;
  private final SqlTrainingWork work;
  private final TrainingService service;
  private final TrainingAccess access;
  private final ExpiryReminderJob reminders;
  private final SandboxQualificationPanel panel;
  private final TrainingServlet servlet;
  private final List<Object> restResources;
  private final Clock clock;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "lodestar-sandbox-expiry-reminder");
            t.setDaemon(true);
            return t;
          });

  public SandboxTraining(
      SandboxStore sandboxStore,
      AccessGuard guard,
      HostPermissions permissions,
      UserDirectory users,
      MailOutbox outbox,
      AuditLog audit,
      Transactions transactions,
      Texts texts,
      PageRenderer renderer,
      WebResources webResources,
      Clock clock) {
    this.clock = clock;
    store = new SqlTrainingStore(sandboxStore);
    work = new SqlTrainingWork(sandboxStore);
    service = new TrainingService(store, work, audit, transactions, clock);
    access = new TrainingAccess(guard, permissions, store, texts);
    reminders =
        new ExpiryReminderJob(service, users, outbox, texts, ExpiryReminderJob.DEFAULT_THRESHOLDS);
    panel = new SandboxQualificationPanel(service, texts, renderer);
    servlet =
        new TrainingServlet(
            new TrainingPageController(access, service, users, texts), renderer, webResources);
    restResources =
        List.of(
            new TrainingResource(access, service, texts),
            new TrainingPrivacyResource(access, service, texts),
            new TrainingExportResource(access, service, texts),
            new TrainingReminderResource(access, service, reminders));
  }

  public SqlTrainingStore store() {
    return store;
  }

  public SqlTrainingWork work() {
    return work;
  }

  public TrainingService service() {
    return service;
  }

  public TrainingAccess access() {
    return access;
  }

  public ExpiryReminderJob reminders() {
    return reminders;
  }

  public SandboxQualificationPanel panel() {
    return panel;
  }

  public TrainingServlet servlet() {
    return servlet;
  }

  /** The training REST resources. */
  public List<Object> restResources() {
    return restResources;
  }

  /** Schedules the daily expiry reminder. */
  public void startReminders() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    ZonedDateTime next = now.with(DAILY_AT);
    if (!next.isAfter(now)) {
      next = now.toLocalDate().plusDays(1).atTime(DAILY_AT).atZone(now.getZone());
    }
    try {
      scheduler.scheduleAtFixedRate(
          this::scheduledRun,
          Duration.between(now, next).toMillis(),
          Duration.ofDays(1).toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      // closed before start: nothing to schedule
    }
  }

  private void scheduledRun() {
    try {
      ExpiryReminderJob.Run run = reminders.run(LocalDate.now(clock));
      LOG.info(
          "Lodestar sandbox expiry reminder: {} reminders, {} mails", run.reminders(), run.mails());
    } catch (RuntimeException e) {
      LOG.error("Lodestar sandbox expiry reminder failed", e);
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
