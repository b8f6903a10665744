package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's stand-in for Jira's page decorator: a page that asks for one (Lodestar's templates
 * emit a whole document with {@code <meta name="decorator">}, and Jira wraps its body in the
 * product's chrome) is wrapped in {@value #LAYOUT}, which loads AUI the way Jira provides it to
 * plugin pages, adds the CSS and JS of the web-resource modules the page required ({@link
 * SandboxWebResources}) and draws a header with navigation and the signed-in user. Other responses
 * pass unchanged. A page that answers 401 to a GET sends the visitor to the login page instead, as
 * Jira does.
 */
public final class DecoratorFilter implements Filter {

  /** The layout template. */
  public static final String LAYOUT = "sandbox-templates/layout.vm";

  private final PageRenderer renderer;
  private final AccessGuard guard;
  private final SandboxWebResources webResources;
  private final PluginWebResources downloads;
  private final ProjectSidebar sidebar;

  public DecoratorFilter(
      PageRenderer renderer,
      AccessGuard guard,
      SandboxWebResources webResources,
      PluginWebResources downloads,
      ProjectSidebar sidebar) {
    this.sidebar = Objects.requireNonNull(sidebar, "sidebar");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.webResources = Objects.requireNonNull(webResources, "webResources");
    this.downloads = Objects.requireNonNull(downloads, "downloads");
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (!isPage(request.getRequestURI().substring(request.getContextPath().length()))) {
      chain.doFilter(request, response);
      return;
    }
    BufferedResponse buffered = new BufferedResponse(response);
    List<String> required;
    webResources.begin();
    try {
      chain.doFilter(request, buffered);
    } finally {
      required = webResources.finish();
    }
    if (buffered.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
        && "GET".equals(request.getMethod())) {
      // As Jira does for its pages: an anonymous visitor who must sign in is sent to the login
      // page, and comes back here afterwards.
      response.reset();
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader(
          "Location", SandboxPaths.login(request.getContextPath(), returnPath(request)));
      return;
    }
    Optional<DecoratedPage> page =
        buffered.isHtml() ? DecoratedPage.parse(buffered.body()) : Optional.empty();
    if (page.isEmpty()) {
      buffered.writeThrough(response);
      return;
    }
    StringWriter html = new StringWriter();
    Map<String, Object> context = layoutContext(request, page.get());
    context.put("resourcesHtml", resourceTags(request.getContextPath(), required));
    renderer.render(LAYOUT, context, html);
    response.getWriter().write(html.toString());
  }

  /** Whether {@code path} may be a page; REST, downloads and static files are never held back. */
  static boolean isPage(String path) {
    return !(path.startsWith("/rest/")
        || path.startsWith(PluginWebResources.DOWNLOAD_PATH + "/")
        || path.startsWith("/sandbox/")
        || path.startsWith(SandboxPaths.WEBJARS + "/"));
  }

  /** The link and script tags of the required modules' CSS and JS, as Jira's head would hold. */
  private String resourceTags(String contextPath, List<String> moduleKeys) {
    StringBuilder tags = new StringBuilder();
    for (String moduleKey : moduleKeys) {
      for (String url : downloads.urls(contextPath, moduleKey)) {
        String href = HtmlEscapingInsertionHandler.escape(url);
        if (url.endsWith(".css")) {
          tags.append("  <link rel=\"stylesheet\" type=\"text/css\" href=\"")
              .append(href)
              .append("\"/>\n");
        } else if (url.endsWith(".js")) {
          tags.append("  <script src=\"").append(href).append("\"></script>\n");
        }
      }
    }
    return tags.toString();
  }

  private Map<String, Object> layoutContext(HttpServletRequest request, DecoratedPage page) {
    Optional<HostUser> user = guard.currentUser();
    Map<String, Object> context = new HashMap<>();
    context.put("decorator", page.decorator());
    context.put("titleHtml", page.titleHtml());
    context.put("headHtml", page.headHtml());
    context.put("bodyHtml", page.bodyHtml());
    context.put("contextPath", request.getContextPath());
    context.put("signedIn", user.isPresent());
    context.put("userName", user.map(HostUser::displayName).orElse(""));
    context.put("pmoAdmin", user.map(guard::isPmoAdmin).orElse(false));
    context.put("loginUrl", SandboxPaths.login(request.getContextPath(), returnPath(request)));
    sidebar
        .of(request, request.getRequestURI().substring(request.getContextPath().length()))
        .ifPresent(s -> context.put("sidebar", s));
    return context;
  }

  private static String returnPath(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }
}
