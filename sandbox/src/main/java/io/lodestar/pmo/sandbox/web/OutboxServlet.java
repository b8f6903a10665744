package io.lodestar.pmo.sandbox.web;

import io.lodestar.pmo.jira.shared.error.LodestarException;
import io.lodestar.pmo.jira.shared.host.PageRenderer;
import io.lodestar.pmo.jira.shared.security.AccessGuard;
import io.lodestar.pmo.sandbox.host.SqlMailOutbox;
import io.lodestar.pmo.sandbox.server.SandboxPaths;
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
 * to the login page, other users get 403. Bodies are shown as text, never as HTML.
 */
public final class OutboxServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "sandbox-templates/outbox.vm";
  static final String REFUSED = "sandbox-templates/message.vm";
  static final int PAGE_SIZE = 50;

  private final transient AccessGuard guard;
  private final transient SqlMailOutbox outbox;
  private final transient PageRenderer renderer;

  public OutboxServlet(AccessGuard guard, SqlMailOutbox outbox, PageRenderer renderer) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String cp = request.getContextPath();
    if (guard.currentUser().isEmpty()) {
      response.sendRedirect(SandboxPaths.login(cp, SandboxPaths.OUTBOX));
      return;
    }
    try {
      guard.requirePmoAdmin();
    } catch (LodestarException refused) {
      SandboxPage.write(
          renderer,
          REFUSED,
          refused.status(),
          Map.of("title", "Not allowed", "message", String.valueOf(refused.getMessage())),
          response);
      return;
    }
    int start = Math.max(0, parse(request.getParameter("start")));
    int total = outbox.count();
    List<SqlMailOutbox.QueuedMail> mails = outbox.page(start, PAGE_SIZE);
    Map<String, Object> context = new HashMap<>();
    context.put("mails", mails);
    context.put("total", total);
    context.put("from", mails.isEmpty() ? 0 : start + 1);
    context.put("to", start + mails.size());
    context.put("hasPrevious", start > 0);
    context.put("hasNext", start + mails.size() < total);
    context.put(
        "previousUrl", cp + SandboxPaths.OUTBOX + "?start=" + Math.max(0, start - PAGE_SIZE));
    context.put("nextUrl", cp + SandboxPaths.OUTBOX + "?start=" + (start + PAGE_SIZE));
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
