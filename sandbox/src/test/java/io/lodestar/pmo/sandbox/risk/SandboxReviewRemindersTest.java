package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.service.ReminderRun;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.shared.host.SqlMailOutbox;
import io.lodestar.pmo.sandbox.shared.server.SandboxComponents;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's review reminder over a small demo portfolio, wired as the server wires it. */
class SandboxReviewRemindersTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private static final Clock CLOCK =
      Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private final SandboxStore store = TestData.newStore();
  private SandboxComponents components;
  private SandboxReviewReminders target;

  @BeforeEach
  void demo() {
    DemoData.generate(store, 1_000, DemoData.DEFAULT_SEED, TODAY);
    components = new SandboxComponents(store, CLOCK, "http://localhost:8090");
    target = components.reviewReminders();
  }

  @AfterEach
  void close() {
    target.close();
    store.close();
  }

  @Test
  void runNow_shouldQueueOneMailPerRemindedOwner_whenDemoRisksAreOverdue() {
    ReminderRun run = target.runNow();

    SqlMailOutbox outbox = components.outbox();
    assertThat(run.overdue()).isPositive();
    assertThat(run.remindersSent()).isPositive();
    assertThat(outbox.count()).isEqualTo(run.remindersSent());
    assertThat(outbox.page(0, 1).get(0).subject()).contains("risk review(s) overdue");
  }

  @Test
  void runNow_shouldRemindNobodyAgain_whenRunTwiceTheSameDay() {
    target.runNow();
    int mails = components.outbox().count();

    ReminderRun second = target.runNow();

    assertThat(second.remindersSent()).isZero();
    assertThat(components.outbox().count()).isEqualTo(mails);
  }

  @Test
  void runNow_shouldCoverOnlyConfiguredProjects() {
    ReminderRun run = target.runNow();

    assertThat(run.projectsScanned()).isPositive();
    assertThat(run.unconfiguredProjectKeys()).isEmpty();
  }

  @Test
  void runNow_shouldRefuse_whenStopped() {
    target.close();

    assertThatThrownBy(target::runNow).isInstanceOf(IllegalStateException.class);
    assertThat(components.outbox().count()).isZero();
  }

  @Test
  void untilNextDailyRun_shouldBeLaterTheSameDay_whenBeforeSix() {
    ZonedDateTime now = ZonedDateTime.of(2025, 3, 1, 5, 30, 0, 0, ZoneId.of("Europe/Paris"));

    assertThat(SandboxReviewReminders.untilNextDailyRun(now)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void untilNextDailyRun_shouldBeTomorrow_whenAtOrAfterSix() {
    ZonedDateTime now = ZonedDateTime.of(2025, 3, 1, 6, 0, 0, 0, ZoneId.of("Europe/Paris"));

    assertThat(SandboxReviewReminders.untilNextDailyRun(now)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void untilNextDailyRun_shouldFollowTheClockChange_whenTheNightIsShort() {
    // Paris moves to summer time in the night to 2025-03-30: 06:00 is 23 hours after 06:00.
    ZonedDateTime now = ZonedDateTime.of(2025, 3, 29, 6, 0, 0, 0, ZoneId.of("Europe/Paris"));

    assertThat(SandboxReviewReminders.untilNextDailyRun(now)).isEqualTo(Duration.ofHours(23));
  }
}
