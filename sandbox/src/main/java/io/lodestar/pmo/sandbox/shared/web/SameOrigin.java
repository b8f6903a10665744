package io.lodestar.pmo.sandbox.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The CSRF check of the sandbox's form posts (login, logout): the browser's {@code Origin} header,
 * or failing that its {@code Referer}, must name this server. A cross-site form can forge neither.
 * A post with neither header is refused too.
 */
final class SameOrigin {

  private SameOrigin() {}

  /**
   * @return whether the request demonstrably comes from a page of this server
   */
  static boolean isSameOrigin(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null || host.isBlank()) {
      return false;
    }
    String origin = request.getScheme() + "://" + host;
    String sent = request.getHeader("Origin");
    if (sent != null && !sent.isBlank() && !"null".equals(sent)) {
      return sent.equalsIgnoreCase(origin);
    }
    String referer = request.getHeader("Referer");
    return referer != null
        && (referer.equalsIgnoreCase(origin)
            || referer.regionMatches(true, 0, origin + "/", 0, origin.length() + 1));
  }
}
