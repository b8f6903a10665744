package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;

/**
 * Stand-in for Jira's built-in custom field searcher {@code TextSearcher}; named only in
 * atlassian-plugin.xml (Jira instantiates it, so its injected constructor and its real superclass
 * are not declared). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/customfields/searchers/TextSearcher.html
 * [unverified].
 */
public class TextSearcher implements CustomFieldSearcher {
  private TextSearcher() {}
}
