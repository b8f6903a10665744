package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.engine.risk.service.ReminderRun;
import io.lodestar.pmo.engine.risk.service.ReviewReminderService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's stand-in for the plugin's scheduled review-reminder job: runs the engine's {@link
 * ReviewReminderService} over the configured projects once shortly after start-up and then daily at
 * {@link #DAILY_AT} (the plugin's cron time) in the clock's zone, and on demand ({@link #runNow}).
 * Every run goes through one single-thread executor, so two runs never overlap (an overlap could
 * remind an owner twice for the same missed date). {@link #close} stops it: a run in progress is
 * cancelled at the service's next poll, before it has sent or written anything.
 */
public final class SandboxReviewReminders implements AutoCloseable {

  /** Time of day of the daily run, as the plugin's job ({@code 0 0 6 * * ?}). */
  public static final LocalTime DAILY_AT = LocalTime.of(6, 0);

  /** How long {@link #runNow} and {@link #close} wait. */
  static final Duration WAIT = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(SandboxReviewReminders.class);

  private final ReviewReminderService service;
  private final Supplier<List<String>> configuredProjects;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private volatile boolean stopping;

  /**
   * @param service the engine's review-reminder service
   * @param configuredProjects the keys of the projects risk management is configured for
   * @param clock today and the daily schedule's zone
   */
  public SandboxReviewReminders(
      ReviewReminderService service, Supplier<List<String>> configuredProjects, Clock clock) {
    this.service = Objects.requireNonNull(service, "service");
    this.configuredProjects = Objects.requireNonNull(configuredProjects, "configuredProjects");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "lodestar-sandbox-review-reminder");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Schedules the first run after {@code firstRunDelay} and the daily runs.
   *
   * @param firstRunDelay delay of the start-up run; null for none
   */
  public void start(Duration firstRunDelay) {
    if (firstRunDelay != null) {
      executor.schedule(this::scheduledRun, firstRunDelay.toMillis(), TimeUnit.MILLISECONDS);
    }
    scheduleDaily();
  }

  /**
   * Runs once now (after a run in progress, if any) and waits for it.
   *
   * @return what happened
   * @throws IllegalStateException when stopped, interrupted, or the run failed or took too long
   */
  public ReminderRun runNow() {
    Future<ReminderRun> run;
    try {
      run = executor.submit(this::runOnce);
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the review reminder has been stopped", e);
    }
    try {
      return run.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the review reminder", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the review reminder failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the review reminder took longer than " + WAIT, e);
    }
  }

  /** Delay from {@code now} to the next {@link #DAILY_AT}, strictly in the future. */
  static Duration untilNextDailyRun(ZonedDateTime now) {
    ZonedDateTime next = now.with(DAILY_AT);
    if (!next.isAfter(now)) {
      next = now.toLocalDate().plusDays(1).atTime(DAILY_AT).atZone(now.getZone());
    }
    return Duration.between(now, next);
  }

  /** Stops the schedule; a run in progress is cancelled and awaited. Idempotent. */
  @Override
  public void close() {
    stopping = true;
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("The review reminder did not stop within {}", WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void scheduleDaily() {
    if (stopping) {
      return;
    }
    Duration delay = untilNextDailyRun(ZonedDateTime.now(clock));
    try {
      executor.schedule(
          () -> {
            scheduledRun();
            scheduleDaily();
          },
          delay.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopped) {
      // close() won the race: nothing more to schedule.
    }
  }

  /** A scheduled run: never throws, so that the schedule goes on. */
  private void scheduledRun() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      if (!stopping) {
        LOG.error("Lodestar sandbox review reminder failed", e);
      }
    }
  }

  private ReminderRun runOnce() {
    ReminderRun run =
        service.run(
            LocalDate.now(clock),
            configuredProjects.get(),
            () -> stopping || Thread.currentThread().isInterrupted());
    if (!run.cancelled()) {
      LOG.info(
          "Lodestar sandbox review reminder: {} projects, {} overdue risks, {} owners reminded, {}"
              + " owners not reachable",
          run.projectsScanned(),
          run.overdue(),
          run.remindersSent(),
          run.failedOwnerKeys().size());
    }
    return run;
  }
}
