package com.atlassian.webresource.api.assembler;

/**
 * Stand-in for the web-resource assembler (members we use only). Checked against the
 * atlassian-plugins-webresource-api interface {@code
 * com.atlassian.webresource.api.assembler.WebResourceAssembler} ({@code RequiredResources
 * resources()}, besides {@code assembled()}, {@code data()}, {@code copy()}), as published in
 * decompiled API sources and implemented by public plugin code (cures-hub/cures-condec-confluence,
 * MockPageBuilderService).
 */
public interface WebResourceAssembler {

  /** The resources required so far; add to them. */
  RequiredResources resources();
}
