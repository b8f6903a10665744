package io.lodestar.pmo.app.shared.host;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders one of Lodestar's Velocity templates with HTML escaping on (Jira: the template renderer;
 * the sandbox: Velocity with an escaping event handler).
 */
public interface PageRenderer {

  /**
   * @param template a classpath location such as {@code templates/risk/register.vm}
   * @param context the template context: only Lodestar view objects, strings, numbers and
   *     collections of them (the Velocity allow-list covers the view objects)
   * @param out where the HTML goes
   * @throws IOException when writing fails
   */
  void render(String template, Map<String, Object> context, Writer out) throws IOException;
}
