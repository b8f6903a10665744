package com.atlassian.sal.api;

/**
 * Stand-in for SAL's URL mode. Checked against https://docs.atlassian.com/sal-api/
 * (com.atlassian.sal.api.UrlMode) [unverified].
 */
public enum UrlMode {
  RELATIVE,
  RELATIVE_CANONICAL,
  ABSOLUTE,
  CANONICAL,
  AUTO
}
