package io.lodestar.pmo.app.shared.host;

/**
 * Asks the host to put one of Lodestar's web-resource modules (CSS and JS) into the page being
 * rendered for the current request (Jira: the web-resource manager, which adds the tags to the
 * decorated page's head with cache-busting URLs, resolves dependencies such as AUI and batches).
 * Pages call it before rendering, so templates never write {@code <link>} or {@code <script>} tags
 * for Lodestar's own resources.
 */
public interface WebResources {

  /**
   * @param moduleKey the web-resource module key within Lodestar's plugin descriptor, e.g. {@code
   *     risk-register-resources}; the host adds the plugin key. Never null.
   */
  void requireWebResource(String moduleKey);
}
