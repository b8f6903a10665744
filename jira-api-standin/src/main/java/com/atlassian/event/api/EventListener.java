package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for atlassian-event's listener-method annotation (read at runtime, so RUNTIME retention
 * and no elements). Checked against
 * https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/AbstractIssueEventListener.html
 * ({@code @EventListener public void onIssueEvent(IssueEvent)}) and the atlassian-event source in
 * the public code index.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {}
