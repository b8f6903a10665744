/**
 * Capacity work in Jira (issue 10): the open assigned issues the capacity views spread over
 * people's weeks, from JQL searches run as the viewer, and the default working hours from Jira's
 * time-tracking settings.
 */
package io.lodestar.pmo.jira.capacity.work;
