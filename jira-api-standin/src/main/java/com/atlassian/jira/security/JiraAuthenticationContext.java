package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.util.Locale;

/**
 * Stand-in for Jira's authentication context. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/JiraAuthenticationContext.html
 * [unverified].
 */
public interface JiraAuthenticationContext {
  ApplicationUser getLoggedInUser();

  boolean isLoggedInUser();

  I18nHelper getI18nHelper();

  Locale getLocale();
}
