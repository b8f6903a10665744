package com.atlassian.sal.api;

/**
 * Stand-in for SAL's application properties (members we use only). Checked against
 * https://docs.atlassian.com/sal-api/ (com.atlassian.sal.api.ApplicationProperties) [unverified].
 */
public interface ApplicationProperties {
  String getBaseUrl(UrlMode urlMode);

  String getDisplayName();

  String getVersion();
}
