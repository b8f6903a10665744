package com.atlassian.jira.util;

import java.util.Locale;

/**
 * Stand-in for Jira's i18n helper. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/util/I18nHelper.html
 * [unverified].
 */
public interface I18nHelper {
  Locale getLocale();

  String getText(String key);

  String getText(String key, String value1);

  String getText(String key, String value1, String value2);

  String getText(String key, String value1, String value2, String value3);

  /** {@code parameters} is a single value, an array or a {@code List}. */
  String getText(String key, Object parameters);

  String getUnescapedText(String key);

  /**
   * Stand-in for the factory of I18nHelpers for another user's or locale's language (a Jira
   * component plugins import, e.g. {@code @ComponentImport I18nHelper.BeanFactory}). Checked
   * against
   * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/util/I18nHelper.BeanFactory.html
   * and Jira's I18nHelper source ("Returns an I18nHelper instance associated with the provided
   * Locale"; "getInstance(ApplicationUser user)").
   */
  interface BeanFactory {
    I18nHelper getInstance(Locale locale);

    I18nHelper getInstance(com.atlassian.jira.user.ApplicationUser user);
  }
}
