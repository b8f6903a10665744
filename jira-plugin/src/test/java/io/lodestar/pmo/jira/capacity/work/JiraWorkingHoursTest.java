package io.lodestar.pmo.jira.capacity.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.properties.ApplicationProperties;
import io.lodestar.pmo.engine.capacity.WorkingHoursPlan;
import org.junit.Test;

public class JiraWorkingHoursTest {

  private static ApplicationProperties settings(String hours, String days) {
    ApplicationProperties p = mock(ApplicationProperties.class);
    when(p.getDefaultBackedString("jira.timetracking.hours.per.day")).thenReturn(hours);
    when(p.getDefaultBackedString("jira.timetracking.days.per.week")).thenReturn(days);
    return p;
  }

  @Test
  public void defaultPlan_shouldFollowJirasTimeTrackingSettings() {
    WorkingHoursPlan plan = JiraWorkingHours.defaultPlan(settings("7.5", "4"));

    assertThat(plan).isEqualTo(WorkingHoursPlan.ofSeconds(27_000, 27_000, 27_000, 27_000, 0, 0, 0));
  }

  @Test
  public void defaultPlan_shouldRoundFractionalDaysDown() {
    assertThat(JiraWorkingHours.defaultPlan(settings("8", "5.5")))
        .isEqualTo(WorkingHoursPlan.standard());
  }

  @Test
  public void defaultPlan_shouldBeEightHoursMondayToFriday_whenASettingIsUnreadable() {
    assertThat(JiraWorkingHours.defaultPlan(settings("eight", "5")))
        .isEqualTo(WorkingHoursPlan.standard());
    assertThat(JiraWorkingHours.defaultPlan(settings(null, "5")))
        .isEqualTo(WorkingHoursPlan.standard());
    assertThat(JiraWorkingHours.defaultPlan(settings("30", "5")))
        .isEqualTo(WorkingHoursPlan.standard());
    assertThat(JiraWorkingHours.defaultPlan(settings("6", "9")))
        .isEqualTo(WorkingHoursPlan.standard());
  }
}
