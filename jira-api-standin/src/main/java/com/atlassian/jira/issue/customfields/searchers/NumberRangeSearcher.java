package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;

/**
 * Stand-in for Jira's built-in custom field searcher {@code NumberRangeSearcher}; named only in
 * atlassian-plugin.xml (Jira instantiates it, so its injected constructor and its real superclass
 * are not declared). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/customfields/searchers/NumberRangeSearcher.html
 * (class existence and package seen in public plugin code that subclasses/imports it; system
 * searcher keys {@code exactnumber}, {@code numberrange}, {@code textsearcher}, {@code
 * exacttextsearcher} under {@code com.atlassian.jira.plugin.system.customfieldtypes}) [unverified:
 * 11.3 page].
 */
public class NumberRangeSearcher implements CustomFieldSearcher {
  private NumberRangeSearcher() {}
}
