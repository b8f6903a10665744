package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.shared.host.PageRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The sandbox's {@link PageRenderer}: Velocity 2 loading templates from the classpath (the plugin's
 * {@code templates/…} and the sandbox's {@code sandbox-templates/…}) with HTML escaping on ({@link
 * HtmlEscapingInsertionHandler}), configured to behave like the Velocity 1.7 inside Jira: {@code
 * #if} tests null and false only, and lines are gobbled the 1.x way.
 */
public final class VelocityPageRenderer implements PageRenderer {

  private final VelocityEngine engine;

  public VelocityPageRenderer() {
    Properties p = new Properties();
    p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
    p.setProperty(
        RuntimeConstants.RESOURCE_LOADER + ".classpath." + RuntimeConstants.RESOURCE_LOADER_CLASS,
        ClasspathResourceLoader.class.getName());
    p.setProperty(
        RuntimeConstants.RESOURCE_LOADER + ".classpath." + RuntimeConstants.RESOURCE_LOADER_CACHE,
        "true");
    p.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
    p.setProperty(
        RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION,
        HtmlEscapingInsertionHandler.class.getName());
    p.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "false");
    p.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
    p.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, "false");
    engine = new VelocityEngine(p);
    engine.init();
  }

  @Override
  public void render(String template, Map<String, Object> context, Writer out) throws IOException {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(out, "out");
    Template loaded = engine.getTemplate(template, StandardCharsets.UTF_8.name());
    VelocityContext velocityContext = new VelocityContext();
    if (context != null) {
      context.forEach(velocityContext::put);
    }
    loaded.merge(velocityContext, out);
  }
}
