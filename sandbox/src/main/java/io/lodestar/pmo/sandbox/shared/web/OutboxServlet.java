package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.rest.XsrfProtectionFilter;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.risk.service.ReminderRun;
import io.lodestar.pmo.sandbox.risk.SandboxReviewReminders;
import io.lodestar.pmo.sandbox.shared.host.SqlMailOutbox;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /outbox?start=N}: the mail the app queued (review reminders), newest first, 50 a page,
 * instead of sending it. PMO admins only (it holds everybody's mail): anonymous visitors are sent
 * to the login page, other users get 403. Bodies are rendered in a sandboxed frame ({@link
 * OutboxMailView}), which runs no script.
 *
 * <p>{@code POST /outbox} ("Run review reminders now"): runs the review reminder at once ({@link
 * SandboxReviewReminders#runNow}) and redirects to the outbox with the run's figures. PMO admins
 * only, and only from this server's own page ({@link SameOrigin}) or from a script sending {@code
 * X-Atlassian-Token: no-check} (which a cross-site form cannot): anything else gets 403 and runs
 * nothing.
 */
public final class OutboxServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "sandbox-templates/outbox.vm";
  static final String REFUSED = "sandbox-templates/message.vm";
  static final int PAGE_SIZE = 50;

  private final transient AccessGuard guard;
  private final transient SqlMailOutbox outbox;
  private final transient SandboxReviewReminders reminders;
  private final transient PageRenderer renderer;

  public OutboxServlet(
      AccessGuard guard,
      SqlMailOutbox outbox,
      SandboxReviewReminders reminders,
      PageRenderer renderer) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.reminders = Objects.requireNonNull(reminders, "reminders");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SameOrigin.isSameOrigin(request) && !hasXsrfToken(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (!allowed(request, response)) {
      return;
    }
    ReminderRun run;
    try {
      run = reminders.runNow();
    } catch (IllegalStateException failed) {
      SandboxPage.write(
          renderer,
          REFUSED,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          Map.of(
              "title", "Review reminders failed", "message", String.valueOf(failed.getMessage())),
          response);
      return;
    }
    LoginServlet.seeOther(
        response,
        request.getContextPath()
            + SandboxPaths.OUTBOX
            + "?ran=1&"
            + OutboxRunSummary.of(run).query());
  }

  private static boolean hasXsrfToken(HttpServletRequest request) {
    String token = request.getHeader(XsrfProtectionFilter.TOKEN_HEADER);
    return token != null && XsrfProtectionFilter.TOKEN_VALUE.equalsIgnoreCase(token.trim());
  }

  /** Whether a PMO admin is signed in; otherwise answers (login redirect or 403) and says no. */
  private boolean allowed(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (guard.currentUser().isEmpty()) {
      response.sendRedirect(SandboxPaths.login(request.getContextPath(), SandboxPaths.OUTBOX));
      return false;
    }
    try {
      guard.requirePmoAdmin();
      return true;
    } catch (LodestarException refused) {
      SandboxPage.write(
          renderer,
          REFUSED,
          refused.status(),
          Map.of("title", "Not allowed", "message", String.valueOf(refused.getMessage())),
          response);
      return false;
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String cp = request.getContextPath();
    if (!allowed(request, response)) {
      return;
    }
    int start = Math.max(0, parse(request.getParameter("start")));
    int total = outbox.count();
    List<SqlMailOutbox.QueuedMail> mails = outbox.page(start, PAGE_SIZE);
    Map<String, Object> context = new HashMap<>();
    context.put("mails", mails.stream().map(OutboxMailView::of).toList());
    context.put("total", total);
    context.put("from", mails.isEmpty() ? 0 : start + 1);
    context.put("to", start + mails.size());
    context.put("hasPrevious", start > 0);
    context.put("hasNext", start + mails.size() < total);
    context.put(
        "previousUrl", cp + SandboxPaths.OUTBOX + "?start=" + Math.max(0, start - PAGE_SIZE));
    context.put("nextUrl", cp + SandboxPaths.OUTBOX + "?start=" + (start + PAGE_SIZE));
    context.put("runUrl", cp + SandboxPaths.OUTBOX);
    if (request.getParameter("ran") != null) {
      context.put("lastRun", OutboxRunSummary.parse(request::getParameter));
    }
    SandboxPage.write(renderer, TEMPLATE, 200, context, response);
  }

  private static int parse(String value) {
    try {
      return value == null ? 0 : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
