package com.atlassian.webresource.api.assembler;

/**
 * Stand-in for the web-resource manager's per-request page builder (members we use only). Checked
 * against the atlassian-plugins-webresource-api interface {@code
 * com.atlassian.webresource.api.assembler.PageBuilderService} ({@code WebResourceAssembler
 * assembler(); void seed(WebResourceAssembler)}), as published in decompiled API sources and as
 * implemented by public plugin code (cures-hub/cures-condec-confluence,
 * src/test/java/de/uhd/ifi/se/decision/management/confluence/mocks/MockPageBuilderService.java).
 */
public interface PageBuilderService {

  /** The assembler of the page being built for the current request. */
  WebResourceAssembler assembler();
}
