package io.lodestar.pmo.sandbox.shared.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves static files from the classpath (GET and HEAD): the plugin's CSS and JS, AUI, Swagger UI.
 * {@code locate} turns the request's path info into a classpath location, or refuses it; paths with
 * {@code ..} segments are refused before it is asked.
 */
public final class ClasspathResourceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("css", "text/css;charset=UTF-8"),
          Map.entry("js", "text/javascript;charset=UTF-8"),
          Map.entry("json", "application/json"),
          Map.entry("html", "text/html;charset=UTF-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("gif", "image/gif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("eot", "application/vnd.ms-fontobject"),
          Map.entry("map", "application/json"),
          Map.entry("txt", "text/plain;charset=UTF-8"));

  private final transient ClassLoader loader;
  private final transient Function<String, Optional<String>> locate;

  /**
   * @param loader where the files are
   * @param locate request path info (starting with {@code /}) to classpath location, or empty
   */
  public ClasspathResourceServlet(ClassLoader loader, Function<String, Optional<String>> locate) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.locate = Objects.requireNonNull(locate, "locate");
  }

  /** Serves {@code /x/y} from {@code prefix/x/y}. */
  public static ClasspathResourceServlet under(ClassLoader loader, String prefix) {
    return new ClasspathResourceServlet(loader, path -> Optional.of(prefix + path));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || path.contains("..") || path.contains("\\") || path.endsWith("/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<String> location = locate.apply(path).map(l -> l.startsWith("/") ? l.substring(1) : l);
    if (location.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = loader.getResourceAsStream(location.get())) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(typeOf(location.get()));
      response.setHeader("Cache-Control", "public, max-age=3600");
      in.transferTo(response.getOutputStream());
    }
  }

  static String typeOf(String location) {
    int dot = location.lastIndexOf('.');
    String extension = dot < 0 ? "" : location.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }
}
