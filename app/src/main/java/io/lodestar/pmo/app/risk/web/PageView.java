package io.lodestar.pmo.app.risk.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a page controller decided: which template to render, with which context, under which HTTP
 * status. Controllers return it; servlets render it through the {@code PageRenderer} host port.
 *
 * @param template classpath location of the template, e.g. {@code templates/risk/register.vm}
 * @param status the HTTP status of the response (200, 401, 403, 404)
 * @param context the template context: Lodestar view objects, strings and numbers only; never null
 * @param webResources the web-resource modules (keys within Lodestar's descriptor) the page needs,
 *     required through the host before rendering; empty for pages without script or style of their
 *     own (the error page)
 */
public record PageView(
    String template, int status, Map<String, Object> context, List<String> webResources) {

  public PageView {
    Objects.requireNonNull(template, "template");
    context = Map.copyOf(context);
    webResources = List.copyOf(webResources);
  }

  /** A page that needs no web resources of its own. */
  public PageView(String template, int status, Map<String, Object> context) {
    this(template, status, context, List.of());
  }
}
