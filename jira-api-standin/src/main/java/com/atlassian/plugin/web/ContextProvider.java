package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Stand-in for the web-fragment context provider SPI. Checked against
 * https://docs.atlassian.com/atlassian-plugins-webfragment/
 * (com.atlassian.plugin.web.ContextProvider) [unverified].
 */
public interface ContextProvider {
  void init(Map<String, String> params) throws PluginParseException;

  Map<String, Object> getContextMap(Map<String, Object> context);
}
