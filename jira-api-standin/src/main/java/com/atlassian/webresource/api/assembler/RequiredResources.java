package com.atlassian.webresource.api.assembler;

/**
 * Stand-in for the required-resources builder of a web-resource assembler (members we use only).
 * Checked against the atlassian-plugins-webresource-api interface {@code
 * com.atlassian.webresource.api.assembler.RequiredResources} ({@code RequiredResources
 * requireWebResource(String moduleCompleteKey)}, besides {@code requireContext}, {@code
 * requireModule}, {@code requirePage}, {@code exclude}), as implemented by public plugin code
 * (cures-hub/cures-condec-confluence, MockPageBuilderService).
 */
public interface RequiredResources {

  /**
   * @param moduleCompleteKey {@code <plugin key>:<web-resource module key>}
   * @return this, for chaining
   */
  RequiredResources requireWebResource(String moduleCompleteKey);
}
