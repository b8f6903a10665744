package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;
import java.util.Map;

/**
 * Stand-in for the web-fragment display condition SPI, which Lodestar implements. Checked against
 * https://docs.atlassian.com/atlassian-plugins-parent/2.11.2-m2/xref/com/atlassian/plugin/web/Condition.html
 * ({@code void init(Map<String,String> params) throws PluginParseException}, {@code boolean
 * shouldDisplay(Map<String,Object> context)}) and, for the super-interface {@link BaseCondition}
 * (added after 2.11), the javadoc of implementing classes
 * https://docs.atlassian.com/atlassian-bamboo/5.9.0/com/atlassian/bamboo/plugins/web/conditions/IsNewAppSwitcherCondition.html
 * ("All Implemented Interfaces: BaseCondition, Condition"; init and shouldDisplay specified by
 * Condition). [unverified: the atlassian-plugins-webfragment version in Jira 11.3.]
 */
public interface Condition extends BaseCondition {
  void init(Map<String, String> params) throws PluginParseException;

  boolean shouldDisplay(Map<String, Object> context);
}
