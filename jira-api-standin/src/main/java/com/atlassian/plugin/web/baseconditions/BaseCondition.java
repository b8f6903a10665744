package com.atlassian.plugin.web.baseconditions;

/**
 * Stand-in for the common super-interface of web-fragment conditions ({@link
 * com.atlassian.plugin.web.Condition}) in atlassian-plugins-webfragment. Declares no members.
 *
 * <p>Checked against javadoc that lists it beside {@code Condition} under "All Implemented
 * Interfaces" of classes that implement only {@code Condition}:
 * https://docs.atlassian.com/jira-software/6.3.9.2/com/pyxis/greenhopper/jira/conditions/OnDemandCondition.html
 * and
 * https://docs.atlassian.com/atlassian-bamboo/5.9.0/com/atlassian/bamboo/plugins/web/conditions/IsNewAppSwitcherCondition.html
 * (package and name), and a decompiled {@code
 * com.atlassian.plugin.web.baseconditions.CompositeCondition<T extends BaseCondition> extends
 * BaseCondition} in public code. Those implementing classes implement only {@code init} and {@code
 * shouldDisplay}, both "specified by Condition", so BaseCondition declares no abstract method of
 * its own; [unverified: whether it declares constants or default methods, and the
 * atlassian-plugins-webfragment version in Jira 11.3].
 */
public interface BaseCondition {}
