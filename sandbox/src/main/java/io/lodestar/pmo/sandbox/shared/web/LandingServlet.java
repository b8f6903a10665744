package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /}: the landing page. Links every view (each browsable project's register, the admin
 * page, the API docs, the mail outbox), lists the demo log-ins with what each one sees, and lists
 * only the projects the viewer may browse — the same cross-project rule as the plugin's (the {@link
 * AccessGuard}), so a restricted user's list leaves hidden projects out.
 */
public final class LandingServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "sandbox-templates/landing.vm";

  /** The demo log-ins in the order shown, with what each one is for. */
  static final List<LandingView.Account> ACCOUNTS =
      List.of(
          account(
              DemoAccounts.ADMIN,
              "Jira administrator (always a PMO admin)",
              "Every project; the admin page; every write; the mail outbox."),
          account(
              DemoAccounts.PMO,
              "PMO admin (member of the " + "lodestar-pmo group)",
              "Every project; the admin page (scoring models, mappings, appetite; sees the PMO group, which only Jira admins change);"
                  + " the mail outbox."),
          account(
              DemoAccounts.MANAGER,
              "Project manager",
              "Browses every project; administers the Mobile program's projects (their risk"
                  + " settings); refused the admin page."),
          account(
              DemoAccounts.MEMBER,
              "Team member",
              "Browses every project's register; changes nothing; refused the admin page."),
          account(
              DemoAccounts.RESTRICTED,
              "Restricted user",
              "Only the Web program's projects and the public project "
                  + DemoAccounts.PUBLIC_PROJECT
                  + "; other registers answer 404, cross-project lists leave them out."),
          new LandingView.Account(
              "(anonymous)",
              "",
              "Not signed in",
              "Anonymous visitor",
              "Sees the public project "
                  + DemoAccounts.PUBLIC_PROJECT
                  + " listed; Lodestar's registers and REST API need a signed-in (licensed) user, as"
                  + " in Jira, so its register link leads to the login page and back."));

  private final transient AccessGuard guard;
  private final transient PageRenderer renderer;

  public LandingServlet(AccessGuard guard, PageRenderer renderer) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    if (!path.isEmpty() && !"/".equals(path)) {
      // "/" is the default mapping: every URL no other servlet serves ends here.
      NotFoundPage.write(renderer, request, response);
      return;
    }
    String cp = request.getContextPath();
    List<LandingView.ProjectLink> projects =
        guard.browsableProjects().stream().map(p -> link(cp, p)).toList();
    Optional<HostUser> user = guard.currentUser();
    LandingView view =
        new LandingView(
            ACCOUNTS,
            projects,
            cp + RiskWebPaths.ADMIN_PAGE,
            cp + SandboxPaths.DOCS,
            cp + SandboxPaths.OPENAPI,
            cp + SandboxPaths.OUTBOX,
            cp + RiskWebPaths.REST_ROOT,
            user.map(HostUser::displayName).orElse(""),
            user.isPresent(),
            user.map(guard::isPmoAdmin).orElse(false));
    SandboxPage.write(renderer, TEMPLATE, 200, Map.of("page", view), response);
  }

  private static LandingView.ProjectLink link(String cp, ProjectRef project) {
    return new LandingView.ProjectLink(
        project.key(),
        project.name(),
        RiskWebPaths.register(cp, project.key(), Map.of()),
        RiskWebPaths.csv(cp, project.key(), Map.of()),
        cp + RiskWebPaths.REST_ROOT + "/projects/" + RiskWebPaths.encode(project.key()) + "/risks");
  }

  private static LandingView.Account account(String username, String role, String sees) {
    String name =
        DemoAccounts.ALL.stream()
            .filter(a -> a.username().equals(username))
            .map(DemoAccounts.Account::displayName)
            .findFirst()
            .orElse(username);
    return new LandingView.Account(username, DemoAccounts.PASSWORD, name, role, sees);
  }
}
