package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/**
 * Stand-in for Jira's user search (the service behind its user pickers). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/bc/user/search/UserSearchService.html
 * (methods as listed for 7.0,
 * https://docs.atlassian.com/jira/7.0.4/com/atlassian/jira/bc/user/search/UserSearchService.html)
 * [unverified for 11.3].
 */
public interface UserSearchService {

  /**
   * Users matching a partial query (login name, display name, e-mail; prefixes of words), at most
   * {@code userSearchParams}' max results.
   */
  List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);

  /** Whether {@code user} may use the user picker's search (the "Browse users" permission). */
  boolean canPerformAjaxSearch(ApplicationUser user);
}
