package io.lodestar.pmo.jira.shared.host;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/**
 * {@link PageRenderer} on the Atlassian template renderer (Velocity, HTML escaping on, the plugin's
 * Velocity allow-list enforced). A template error is a bug of ours, reported as an unchecked
 * exception that names no Jira type.
 */
public final class JiraPageRenderer implements PageRenderer {

  private final TemplateRenderer templateRenderer;

  public JiraPageRenderer(TemplateRenderer templateRenderer) {
    this.templateRenderer = Objects.requireNonNull(templateRenderer, "templateRenderer");
  }

  @Override
  public void render(String template, Map<String, Object> context, Writer out) throws IOException {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(out, "out");
    try {
      templateRenderer.render(template, context == null ? Map.of() : context, out);
    } catch (RenderingException e) {
      throw new IllegalStateException("cannot render " + template + ": " + e.getMessage(), e);
    }
  }
}
