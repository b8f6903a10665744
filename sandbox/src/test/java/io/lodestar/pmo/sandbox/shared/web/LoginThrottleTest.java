package io.lodestar.pmo.sandbox.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed sign-ins per user name and per address, in a window, with bounded memory. */
class LoginThrottleTest {

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-05T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle target = new LoginThrottle(clock);

  @Test
  void waitBefore_shouldRefuseTheUserName_whenItFailedTooOftenFromAnyAddress() {
    // given
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER_NAME; i++) {
      target.failed("Admin", "10.0.0." + i);
    }

    // when / then: the name, in any case, from a new address
    assertThat(target.waitBefore("admin", "10.9.9.9")).isEqualTo(LoginThrottle.WINDOW);
    assertThat(target.waitBefore("other", "10.9.9.9")).isZero();
  }

  @Test
  void waitBefore_shouldAllowAgain_whenTheWindowHasPassed() {
    // given
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER_NAME; i++) {
      target.failed("admin", "10.0.0.1");
    }
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThat(target.waitBefore("admin", "10.0.0.1")).isEqualTo(Duration.ofMinutes(3));

    // when
    clock.now = clock.now.plus(Duration.ofMinutes(3));

    // then
    assertThat(target.waitBefore("admin", "10.0.0.1")).isZero();
  }

  @Test
  void waitBefore_shouldRefuseTheAddress_whenManyUserNamesFailedFromIt() {
    // given one address trying many names, once each
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
      target.failed("user" + i, "192.0.2.7");
    }

    // when / then
    assertThat(target.waitBefore("someone-new", "192.0.2.7")).isPositive();
    assertThat(target.waitBefore("someone-new", "192.0.2.8")).isZero();
  }

  @Test
  void succeeded_shouldClearTheUserNamesFailures_whenTheRightPasswordCame() {
    // given
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER_NAME - 1; i++) {
      target.failed("admin", "10.0.0.1");
    }

    // when
    target.succeeded("admin");
    target.failed("admin", "10.0.0.1");

    // then
    assertThat(target.waitBefore("admin", "10.0.0.2")).isZero();
  }

  @Test
  void failed_shouldKeepMemoryBounded_whenManyDistinctNamesAndAddressesFail() {
    // when
    for (int i = 0; i < LoginThrottle.MAX_TRACKED * 3; i++) {
      target.failed("user" + i, "addr" + i);
    }

    // then
    assertThat(target.tracked()).isEqualTo(2 * LoginThrottle.MAX_TRACKED);
  }
}
