package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;

/**
 * Stand-in for Jira's built-in custom field searcher {@code NumberRangeSearcher}; named only in
 * atlassian-plugin.xml (Jira instantiates it, so its injected constructor and its real superclass
 * are not declared). Checked against
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/customfields/searchers/AbstractInitializationCustomFieldSearcher.html
 * (Jira 4.0: ExactNumberSearcher, ExactTextSearcher, NumberRangeSearcher and TextSearcher are
 * direct subclasses of AbstractInitializationCustomFieldSearcher in this package) and the system
 * searcher keys {@code exactnumber}, {@code numberrange}, {@code textsearcher}, {@code
 * exacttextsearcher} still offered for number and text fields by Jira's REST API. Jira 11 moved
 * {@code FieldIndexer} to {@code com.atlassian.jira.search.issue.index.indexers}
 * (https://confluence.atlassian.com/adminjiraserver/migrating-fieldindexers-in-jira-11-1573487045.html),
 * which concerns custom searchers, not the names of the built-in ones. [unverified: that this class
 * still exists under this name and package in 10.x and 11.3.]
 */
public class NumberRangeSearcher implements CustomFieldSearcher {
  private NumberRangeSearcher() {}
}
