package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.portfolio.dashboard.DashboardItem;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfigs;
import io.lodestar.pmo.app.portfolio.dashboard.PortfolioHealthItem;
import io.lodestar.pmo.app.risk.web.PageView;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.rest.XsrfProtectionFilter;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.sandbox.dashboard.SqlDashboardItems;
import io.lodestar.pmo.sandbox.dashboard.SqlDashboardItems.Dashboard;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@value #PATH}: the sandbox's stand-in of Jira's dashboard page. {@code ?selectPageId=N} (default
 * the system dashboard) shows the dashboard's item slots, each holding the app's "Lodestar
 * portfolio health" item as the signed-in viewer sees it; {@code &edit=ITEM} opens an item's
 * configuration form, for the dashboard's owner only (anybody else: 403). The form posts here
 * ({@code action=configure}) from this server's own page ({@link SameOrigin}) or with {@code
 * X-Atlassian-Token: no-check}; anything else is a 403 and changes nothing. A refused configuration
 * re-renders the dashboard with the messages at the item's fields (400; 409 when the item was
 * configured meanwhile); a saved one redirects back to the dashboard.
 */
public final class DashboardServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Jira's dashboard URL. */
  public static final String PATH = "/secure/Dashboard.jspa";

  static final String TEMPLATE = "sandbox-templates/dashboard.vm";
  static final String REFUSED = "sandbox-templates/message.vm";

  /** One item slot: its id and the item's rendered (escaped) HTML. */
  public record SlotView(long itemId, String bodyHtml) {}

  private final transient AccessGuard guard;
  private final transient SqlDashboardItems dashboards;
  private final transient HealthItemConfigs configs;
  private final transient PortfolioHealthItem item;
  private final transient PageRenderer renderer;

  public DashboardServlet(
      AccessGuard guard,
      SqlDashboardItems dashboards,
      HealthItemConfigs configs,
      PortfolioHealthItem item,
      PageRenderer renderer) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
    this.configs = Objects.requireNonNull(configs, "configs");
    this.item = Objects.requireNonNull(item, "item");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String cp = request.getContextPath();
    if (guard.currentUser().isEmpty()) {
      response.sendRedirect(SandboxPaths.login(cp, PATH));
      return;
    }
    try {
      Dashboard dashboard = dashboard(number(request.getParameter("selectPageId")));
      long edit = number(request.getParameter("edit"));
      if (edit >= 0) {
        DashboardItem owned = configs.ownedItem(edit);
        if (owned.dashboardId() != dashboard.id()) {
          throw new io.lodestar.pmo.app.shared.error.NotFoundException(
              "There is no item " + edit + " on this dashboard.");
        }
      }
      write(cp, dashboard, edit, null, 200, response);
    } catch (LodestarException refused) {
      refuse(refused, response);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SameOrigin.isSameOrigin(request) && !hasXsrfToken(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String cp = request.getContextPath();
    if (guard.currentUser().isEmpty()) {
      response.sendRedirect(SandboxPaths.login(cp, PATH));
      return;
    }
    try {
      if (!"configure".equals(request.getParameter("action"))) {
        throw new io.lodestar.pmo.app.shared.error.InvalidInputException(
            "Unknown action.", List.of());
      }
      DashboardItem target = configs.ownedItem(number(request.getParameter("item")));
      Dashboard dashboard = dashboard(target.dashboardId());
      PortfolioHealthItem.Result result =
          item.configure(cp, pageUrl(cp, dashboard.id()), request.getParameterMap());
      if (result.isRedirect()) {
        LoginServlet.seeOther(response, result.redirect());
        return;
      }
      write(cp, dashboard, target.id(), result.item(), result.item().status(), response);
    } catch (LodestarException refused) {
      refuse(refused, response);
    }
  }

  private Dashboard dashboard(long id) {
    long wanted = id < 0 ? SqlDashboardItems.SYSTEM_DASHBOARD : id;
    return dashboards
        .dashboard(wanted)
        .orElseThrow(
            () ->
                new io.lodestar.pmo.app.shared.error.NotFoundException(
                    "There is no dashboard " + wanted + "."));
  }

  private void write(
      String cp,
      Dashboard dashboard,
      long editing,
      PageView replaced,
      int status,
      HttpServletResponse response)
      throws IOException {
    String url = pageUrl(cp, dashboard.id());
    List<SlotView> slots = new ArrayList<>();
    for (long id : dashboard.itemIds()) {
      PageView view =
          replaced != null && id == editing ? replaced : item.show(cp, url, id, id == editing);
      StringWriter html = new StringWriter();
      renderer.render(view.template(), view.context(), html);
      slots.add(new SlotView(id, html.toString()));
    }
    SandboxPage.write(
        renderer,
        TEMPLATE,
        status,
        Map.of(
            "title", dashboard.title(), "slots", slots, "owner", dashboard.ownerKey(), "url", url),
        response);
  }

  private void refuse(LodestarException refused, HttpServletResponse response) throws IOException {
    SandboxPage.write(
        renderer,
        REFUSED,
        refused.status(),
        Map.of("title", "Not possible", "message", String.valueOf(refused.getMessage())),
        response);
  }

  static String pageUrl(String cp, long dashboardId) {
    return cp + PATH + "?selectPageId=" + dashboardId;
  }

  private static boolean hasXsrfToken(HttpServletRequest request) {
    String token = request.getHeader(XsrfProtectionFilter.TOKEN_HEADER);
    return token != null && XsrfProtectionFilter.TOKEN_VALUE.equalsIgnoreCase(token.trim());
  }

  private static long number(String raw) {
    if (raw == null || raw.isBlank()) {
      return -1;
    }
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      return -2;
    }
  }
}
