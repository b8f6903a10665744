package com.atlassian.jira.issue.index;

import com.atlassian.jira.issue.Issue;
import java.util.Collection;

/**
 * Stand-in for Jira's issue indexing service (members we use only), checked against Atlassian's
 * javadoc
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/index/IssueIndexingService.html
 * ({@code @InjectableComponent @PublicApi public interface IssueIndexingService}, the service that
 * replaced the indexing methods of {@code IssueIndexManager}; {@code long
 * reIndexIssueObjects(Collection<? extends Issue> issueObjects)}: "Reindex a set of issues",
 * returning the time taken in milliseconds). The checked {@link IndexException} in its {@code
 * throws} clause is [unverified] for 10.x and 11.3; callers catch {@code Exception}, which compiles
 * and links whether it is declared or not.
 */
public interface IssueIndexingService {
  long reIndexIssueObjects(Collection<? extends Issue> issueObjects) throws IndexException;
}
