package com.atlassian.jira.config.properties;

/**
 * Stand-in for Jira's application properties (members we use only; not SAL's interface of the same
 * simple name). Checked against
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/properties/ApplicationProperties.html
 * ({@code @PublicApi public interface ApplicationProperties}; {@code String
 * getDefaultBackedString(String name)}: "Get the property from the application properties, but if
 * not found, try to get from the default properties file"). The time-tracking keys Lodestar reads,
 * {@code jira.timetracking.hours.per.day} and {@code jira.timetracking.days.per.week}, are the
 * values of {@code APKeys.JIRA_TIMETRACKING_HOURS_PER_DAY} / {@code
 * JIRA_TIMETRACKING_DAYS_PER_WEEK} in Jira's APKeys source (public code index); the 11.3 page of
 * this interface was not retrieved [unverified for 11.3].
 */
public interface ApplicationProperties {
  String getDefaultBackedString(String name);
}
