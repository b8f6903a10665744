package io.lodestar.pmo.jira.capacity.work;

import com.atlassian.jira.config.properties.ApplicationProperties;
import io.lodestar.pmo.engine.capacity.WorkingHoursPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default working-hours plan of people without their own: Jira's time-tracking settings (hours
 * per day on each of the first days per week from Monday), 8 h Monday to Friday when a setting is
 * missing or unreadable. A fractional days-per-week (Jira allows e.g. 4.5) is rounded down; the
 * plan is read when the bean is created (a change of the settings takes effect at the next plugin
 * start).
 */
public final class JiraWorkingHours {

  /** Jira's key of the hours in a working day ({@code APKeys.JIRA_TIMETRACKING_HOURS_PER_DAY}). */
  public static final String HOURS_PER_DAY = "jira.timetracking.hours.per.day";

  /** Jira's key of the days in a working week ({@code APKeys.JIRA_TIMETRACKING_DAYS_PER_WEEK}). */
  public static final String DAYS_PER_WEEK = "jira.timetracking.days.per.week";

  private static final Logger LOG = LoggerFactory.getLogger(JiraWorkingHours.class);

  private JiraWorkingHours() {}

  /** The plan from Jira's settings (a Spring factory method). */
  public static WorkingHoursPlan defaultPlan(ApplicationProperties properties) {
    String hours = properties.getDefaultBackedString(HOURS_PER_DAY);
    String days = properties.getDefaultBackedString(DAYS_PER_WEEK);
    try {
      BigDecimal perDay = new BigDecimal(hours.trim());
      int perWeek = new BigDecimal(days.trim()).setScale(0, RoundingMode.DOWN).intValueExact();
      if (perDay.signum() <= 0 || perDay.compareTo(BigDecimal.valueOf(24)) > 0) {
        throw new IllegalArgumentException("hours per day out of (0, 24]: " + hours);
      }
      return WorkingHoursPlan.fromTimeTracking(perDay, perWeek);
    } catch (RuntimeException e) {
      LOG.warn(
          "Lodestar: time-tracking settings {}={} / {}={} unreadable ({}); using 8 h Monday to"
              + " Friday",
          HOURS_PER_DAY,
          hours,
          DAYS_PER_WEEK,
          days,
          e.getMessage());
      return WorkingHoursPlan.standard();
    }
  }
}
