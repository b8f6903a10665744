package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Stand-in for a job schedule (cron or interval); built through static factories, equal by value.
 * Checked against https://docs.atlassian.com/atlassian-scheduler/
 * (com.atlassian.scheduler.config.Schedule) [unverified].
 */
public final class Schedule {
  private final String cronExpression;
  private final TimeZone timeZone;
  private final long intervalInMillis;
  private final Date firstRunTime;

  private Schedule(String cron, TimeZone zone, long interval, Date first) {
    this.cronExpression = cron;
    this.timeZone = zone;
    this.intervalInMillis = interval;
    this.firstRunTime = first == null ? null : new Date(first.getTime());
  }

  public static Schedule forCronExpression(String cronExpression) {
    return new Schedule(Objects.requireNonNull(cronExpression), null, 0L, null);
  }

  public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
    return new Schedule(Objects.requireNonNull(cronExpression), timeZone, 0L, null);
  }

  /** {@code intervalInMillis} 0 means run once; null first run means now. */
  public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
    if (intervalInMillis < 0) {
      throw new IllegalArgumentException("intervalInMillis < 0");
    }
    return new Schedule(null, null, intervalInMillis, firstRunTime);
  }

  public static Schedule runOnce(Date runTime) {
    return forInterval(0L, runTime);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schedule other
        && intervalInMillis == other.intervalInMillis
        && Objects.equals(cronExpression, other.cronExpression)
        && Objects.equals(timeZone, other.timeZone)
        && Objects.equals(firstRunTime, other.firstRunTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cronExpression, timeZone, intervalInMillis, firstRunTime);
  }

  @Override
  public String toString() {
    return cronExpression != null
        ? "Schedule[cron="
            + cronExpression
            + ", tz="
            + (timeZone == null ? null : timeZone.getID())
            + "]"
        : "Schedule[interval=" + intervalInMillis + ", firstRunTime=" + firstRunTime + "]";
  }
}
