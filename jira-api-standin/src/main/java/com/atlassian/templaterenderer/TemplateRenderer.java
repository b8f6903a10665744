package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Stand-in for the Atlassian template renderer (Velocity). Checked against
 * https://docs.atlassian.com/atlassian-template-renderer/
 * (com.atlassian.templaterenderer.TemplateRenderer) [unverified].
 */
public interface TemplateRenderer {
  void render(String templateName, Writer writer) throws RenderingException, IOException;

  void render(String templateName, Map<String, Object> context, Writer writer)
      throws RenderingException, IOException;

  String renderFragment(String fragment, Map<String, Object> context);

  boolean resolve(String templateName);
}
