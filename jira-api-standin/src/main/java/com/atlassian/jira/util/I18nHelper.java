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
}
