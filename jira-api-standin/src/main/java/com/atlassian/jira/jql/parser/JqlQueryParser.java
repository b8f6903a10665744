package com.atlassian.jira.jql.parser;

import com.atlassian.query.Query;

/**
 * Stand-in for Jira's JQL parser (member we use only), checked against the sources below: "Used to
 * parse some JQL into its Query representation", package listed in Atlassian's javadoc
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/jql/parser/package-summary.html. The
 * signature {@code Query parseQuery(String) throws JqlParseException} is the one called (and its
 * exception caught) by public Jira plugin code of the Jira 8-10 era; the Jira 11.3 page was not
 * retrieved [unverified for 11.3].
 */
public interface JqlQueryParser {
  Query parseQuery(String jqlQuery) throws JqlParseException;
}
