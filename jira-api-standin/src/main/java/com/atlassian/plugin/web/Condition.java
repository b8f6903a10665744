package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Stand-in for the web-fragment display condition SPI. Checked against
 * https://docs.atlassian.com/atlassian-plugins-webfragment/ (com.atlassian.plugin.web.Condition)
 * [unverified].
 */
public interface Condition {
  void init(Map<String, String> params) throws PluginParseException;

  boolean shouldDisplay(Map<String, Object> context);
}
