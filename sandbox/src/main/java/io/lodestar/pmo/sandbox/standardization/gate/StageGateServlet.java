package io.lodestar.pmo.sandbox.standardization.gate;

import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.error.FieldError;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.standardization.gate.GateView;
import io.lodestar.pmo.app.standardization.gate.StageGateService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /plugins/servlet/lodestar/stage-gate?project=KEY}: a project's "Stage gate" page (project
 * sidebar): the lifecycle with the current phase, the gate's criteria, the request form for the
 * project manager, approve / reject for approvers, and the history. The forms post here ({@code
 * action} = request, withdraw, approve or reject, with the {@code version} shown) and work without
 * JavaScript; a post must come from a page of this host (its Origin, else its Referer), so another
 * site cannot forge one. Refusals are shown on the page with their status (400 naming the field,
 * 403, 404, 409).
 */
public final class StageGateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/plugins/servlet/lodestar/stage-gate";
  static final String TEMPLATE = "sandbox-templates/stage-gate.vm";

  private final transient StageGateService gates;
  private final transient PageRenderer renderer;
  private final transient Texts texts;

  public StageGateServlet(StageGateService gates, PageRenderer renderer, Texts texts) {
    this.gates = Objects.requireNonNull(gates, "gates");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /** The page of {@code projectKey}. */
  public static String url(String contextPath, String projectKey) {
    return contextPath + PATH + "?project=" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String key = Objects.toString(request.getParameter("project"), "");
    try {
      page(response, 200, gates.view(key), null, List.of(), request.getParameter("done"));
    } catch (LodestarException refusal) {
      refused(response, refusal);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String key = Objects.toString(request.getParameter("project"), "");
    String action = Objects.toString(request.getParameter("action"), "");
    RestErrors errors = new RestErrors(texts);
    try {
      long version = errors.requireVersion("version", request.getParameter("version"));
      String comment = Objects.toString(request.getParameter("comment"), "");
      GateView after =
          errors.unwrap(
              switch (action) {
                case "request" ->
                    gates.request(
                        key,
                        version,
                        StageGateService.ids(values(request, "ticked")),
                        StageGateService.links(documents(request)));
                case "withdraw" -> gates.withdraw(key, version);
                case "approve" -> gates.approve(key, version, comment);
                case "reject" -> gates.reject(key, version, comment);
                default -> throw errors.invalid("action", "lodestar.risk.rest.error.required");
              });
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location", url(request.getContextPath(), after.projectKey()) + "&done=" + action);
    } catch (LodestarException refusal) {
      GateView current;
      try {
        current = gates.view(key);
      } catch (LodestarException notVisible) {
        refused(response, notVisible);
        return;
      }
      page(response, refusal.status(), current, refusal.getMessage(), refusal.fieldErrors(), null);
    }
  }

  private void page(
      HttpServletResponse response,
      int status,
      GateView view,
      String error,
      List<FieldError> fieldErrors,
      String done)
      throws IOException {
    Map<String, Object> context = new HashMap<>();
    context.put("gate", view);
    context.put("error", error == null ? "" : error);
    context.put("fieldErrors", fieldErrors);
    context.put(
        "done",
        done != null && done.matches("request|withdraw|approve|reject")
            ? texts.text("lodestar.standardization.gate.page.done." + done)
            : "");
    context.put("texts", new PageTexts(texts));
    write(response, status, context);
  }

  private void refused(HttpServletResponse response, LodestarException refusal) throws IOException {
    Map<String, Object> context = new HashMap<>();
    context.put("gate", null);
    context.put("error", String.valueOf(refusal.getMessage()));
    context.put("fieldErrors", List.of());
    context.put("done", "");
    context.put("texts", new PageTexts(texts));
    write(response, refusal.status(), context);
  }

  private void write(HttpServletResponse response, int status, Map<String, Object> context)
      throws IOException {
    StringWriter html = new StringWriter();
    renderer.render(TEMPLATE, context, html);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(html.toString());
  }

  /** The page's texts: {@code $texts.get("key")} in the template. */
  public record PageTexts(Texts texts) {
    public String get(String key) {
      return texts.text("lodestar.standardization.gate.page." + key);
    }

    public String format(String key, Object arg) {
      return texts.text("lodestar.standardization.gate.page." + key, arg);
    }
  }

  private static List<String> values(HttpServletRequest request, String name) {
    String[] v = request.getParameterValues(name);
    return v == null ? List.of() : Arrays.asList(v);
  }

  private static Map<String, String> documents(HttpServletRequest request) {
    Map<String, String> out = new HashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, v) -> {
              if (name.startsWith("doc.") && v.length > 0) {
                out.put(name.substring(4), v[0]);
              }
            });
    return out;
  }

  static boolean sameOrigin(HttpServletRequest request) {
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
