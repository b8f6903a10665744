package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.training.web.TrainingPageController;
import io.lodestar.pmo.sandbox.risk.SandboxReviewReminders;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.web.BrowseServlet;
import io.lodestar.pmo.sandbox.shared.web.DocsServlet;
import io.lodestar.pmo.sandbox.shared.web.LandingServlet;
import io.lodestar.pmo.sandbox.shared.web.LoginServlet;
import io.lodestar.pmo.sandbox.shared.web.LogoutServlet;
import io.lodestar.pmo.sandbox.shared.web.OutboxServlet;
import io.lodestar.pmo.sandbox.shared.web.RiskFormServlet;
import io.lodestar.pmo.sandbox.training.SandboxTraining;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running sandbox: embedded Jetty serving, at the same paths as Jira,
 *
 * <ul>
 *   <li>{@code /rest/lodestar/1.0/*} — the plugin's REST resources ({@link RestApplication}), with
 *       the OpenAPI document at {@code /rest/lodestar/1.0/openapi.json};
 *   <li>{@code /plugins/servlet/lodestar/risk/register} and {@code /plugins/servlet/lodestar/admin}
 *       — the plugin's page servlets, decorated by {@link DecoratorFilter};
 *   <li>{@code /download/resources/<plugin key>:<web resource>/<name>} — the plugin's CSS and JS;
 * </ul>
 *
 * and its own pages: {@code /} (landing), {@code /login}, {@code /logout}, {@code /outbox}, {@code
 * /docs} (Swagger UI), with AUI under {@code /sandbox/aui}. Start it with {@link
 * #start(SandboxConfig)}, stop it with {@link #close()} (requests in flight get the stop timeout,
 * then the review reminder stops and the database is closed). The daily review reminder ({@link
 * SandboxReviewReminders}) runs {@link #FIRST_REMINDER_RUN} after start-up and daily at 06:00.
 */
public final class SandboxServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

  /** Delay of the review reminder's start-up run: after the start-up, not competing with it. */
  static final Duration FIRST_REMINDER_RUN = Duration.ofSeconds(5);

  private final Server server;
  private final SandboxStore store;
  private final SandboxReviewReminders reminders;
  private final AutoCloseable riskIndex;
  private final AutoCloseable rollupIndex;
  private final URI uri;
  private final java.util.function.Supplier<
          io.lodestar.pmo.engine.risk.service.RegisterAnswerCache.Stats>
      registerAnswers;
  private boolean closed;

  private SandboxServer(
      Server server,
      SandboxStore store,
      SandboxReviewReminders reminders,
      AutoCloseable riskIndex,
      AutoCloseable rollupIndex,
      URI uri,
      java.util.function.Supplier<io.lodestar.pmo.engine.risk.service.RegisterAnswerCache.Stats>
          registerAnswers) {
    this.server = server;
    this.registerAnswers = registerAnswers;
    this.riskIndex = riskIndex;
    this.rollupIndex = rollupIndex;
    this.store = store;
    this.reminders = reminders;
    this.uri = uri;
  }

  /**
   * Binds the port first (so that a taken port fails before any data work), prepares the data
   * directory ({@link SandboxData}) and starts serving.
   *
   * @throws PortInUseException when the port is taken
   * @throws IllegalStateException when the server cannot start for another reason
   */
  public static SandboxServer start(SandboxConfig config) {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("lodestar-sandbox");
    Server server = new Server(threads);
    server.setStopTimeout(config.stopTimeoutMillis());
    server.setStopAtShutdown(false);
    server.setErrorHandler(new SandboxErrorHandler());
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    server.addConnector(connector);
    try {
      connector.open();
    } catch (IOException e) {
      if (isBindFailure(e)) {
        throw new PortInUseException(config.host(), config.port(), e);
      }
      throw new IllegalStateException("cannot listen on port " + config.port(), e);
    }
    SandboxStore store = null;
    SandboxReviewReminders reminders = null;
    try {
      store = SandboxData.prepare(config);
      String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
      URI uri = URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
      SandboxComponents components =
          new SandboxComponents(
              store, Clock.systemDefaultZone(), uri.toString().replaceAll("/$", ""));
      reminders = components.reviewReminders();
      GracefulHandler graceful = new GracefulHandler();
      graceful.setHandler(context(components));
      server.setHandler(graceful);
      server.start();
      reminders.start(FIRST_REMINDER_RUN);
      SandboxTraining training = components.training();
      training.startReminders();
      server.addEventListener(
          new org.eclipse.jetty.util.component.LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(org.eclipse.jetty.util.component.LifeCycle event) {
              training.close();
            }
          });
      components.startRiskIndex();
      components.startRollupIndex();
      LOG.info("Lodestar sandbox listening on {}", uri);
      return new SandboxServer(
          server,
          store,
          reminders,
          components.riskIndex(),
          components.rollupIndex(),
          uri,
          components.riskRegister()::answerStats);
    } catch (Exception e) {
      stopQuietly(server);
      if (reminders != null) {
        reminders.close();
      }
      if (store != null) {
        store.close();
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("cannot start the sandbox: " + e.getMessage(), e);
    }
  }

  /** The base URI, e.g. {@code http://localhost:8090/}. */
  public URI uri() {
    return uri;
  }

  /** Lookups of the register's remembered answers so far (the load test's hit rate). */
  public io.lodestar.pmo.engine.risk.service.RegisterAnswerCache.Stats registerAnswerStats() {
    return registerAnswers.get();
  }

  /** The open store (tests put data in place through it). */
  public SandboxStore store() {
    return store;
  }

  /**
   * Stops accepting requests, lets those in flight finish within the stop timeout, then closes the
   * database. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopQuietly(server);
    reminders.close();
    try {
      riskIndex.close();
    } catch (Exception e) {
      LOG.warn("the risk index did not stop cleanly: {}", e.getMessage());
    }
    try {
      rollupIndex.close();
    } catch (Exception e) {
      LOG.warn("the rollup index did not stop cleanly: {}", e.getMessage());
    }
    store.close();
    LOG.info("Lodestar sandbox stopped");
  }

  static ServletContextHandler context(SandboxComponents c) {
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/");
    SessionHandler sessions = context.getSessionHandler();
    sessions.setHttpOnly(true);
    sessions.setSameSite(HttpCookie.SameSite.LAX);
    sessions.setMaxInactiveInterval(8 * 60 * 60);
    // The session id travels in the cookie only: never read from nor written into URLs.
    sessions.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    // Errors inside the servlet context (a missing static file, a refused method): a Lodestar page
    // naming no servlet class; requests Jetty refuses before any context get SandboxErrorHandler.
    context.setErrorHandler(new PageErrorHandler());

    ClassLoader loader = SandboxServer.class.getClassLoader();
    PluginWebResources webResources = PluginWebResources.load(loader);
    EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
    context.addFilter(
        new FilterHolder(new SessionUserFilter(c.users(), c.currentUser())), "/*", requests);
    context.addFilter(
        new FilterHolder(
            new DecoratorFilter(
                c.renderer(),
                c.guard(),
                c.webResources(),
                webResources,
                new ProjectSidebar(c.guard(), c.riskIssues(), c.riskContexts(), c.texts()))),
        "/*",
        requests);

    context.addFilter(
        new FilterHolder(new MalformedContentTypeFilter()),
        RiskWebPaths.REST_ROOT + "/*",
        requests);
    ServletHolder rest =
        new ServletHolder(
            "lodestar-rest", new ServletContainer(RestApplication.of(c.restResources())));
    context.addServlet(rest, RiskWebPaths.REST_ROOT + "/*");
    add(context, c.registerServlet(), RiskWebPaths.REGISTER_PAGE);
    add(context, c.adminServlet(), RiskWebPaths.ADMIN_PAGE);
    add(context, c.auditServlet(), RiskWebPaths.AUDIT_PAGE);
    add(
        context,
        c.portfolioServlet(),
        io.lodestar.pmo.app.portfolio.web.PortfolioPageController.PAGE);
    add(
        context,
        new io.lodestar.pmo.sandbox.shared.web.IssueListServlet(
            c.guard(), c.store(), c.renderer(), c.training()),
        SandboxPaths.ISSUES + "/*");
    add(
        context,
        new io.lodestar.pmo.sandbox.shared.web.DashboardServlet(
            c.guard(),
            c.dashboards(),
            c.dashboardItemConfigs(),
            c.portfolioHealthItem(),
            c.renderer()),
        io.lodestar.pmo.sandbox.shared.web.DashboardServlet.PATH);

    add(
        context,
        new ClasspathResourceServlet(loader, webResources::locate),
        PluginWebResources.DOWNLOAD_PATH + "/*");
    add(
        context,
        ClasspathResourceServlet.under(loader, "META-INF/resources/sandbox/aui"),
        SandboxPaths.AUI + "/*");
    add(
        context,
        ClasspathResourceServlet.under(loader, "META-INF/resources/sandbox/jquery"),
        SandboxPaths.JQUERY + "/*");
    add(
        context,
        ClasspathResourceServlet.under(loader, "sandbox-static"),
        SandboxPaths.STATIC + "/*");
    add(
        context,
        ClasspathResourceServlet.under(loader, "META-INF/resources/webjars"),
        SandboxPaths.WEBJARS + "/*");

    add(context, new LoginServlet(c.users(), c.renderer()), SandboxPaths.LOGIN);
    add(context, new LogoutServlet(), SandboxPaths.LOGOUT);
    add(
        context,
        new OutboxServlet(c.guard(), c.outbox(), c.reviewReminders(), c.renderer()),
        SandboxPaths.OUTBOX);
    add(
        context,
        new DocsServlet(
            c.renderer(),
            SandboxPaths.WEBJARS + "/swagger-ui/" + webjarVersion(loader, "swagger-ui")),
        SandboxPaths.DOCS);
    add(
        context,
        new BrowseServlet(
            c.guard(),
            c.riskIssues(),
            c.riskContexts(),
            c.issueLinks(),
            c.users(),
            c.texts(),
            c.renderer(),
            c.webResources(),
            c.training().panel()),
        SandboxPaths.BROWSE + "/*");
    add(context, c.training().servlet(), TrainingPageController.PATH);
    RiskFormServlet riskForm =
        new RiskFormServlet(
            c.guard(),
            c.riskIssues(),
            c.riskContexts(),
            c.riskIssueWrites(),
            c.renderer(),
            c.users());
    add(context, riskForm, RiskWebPaths.CREATE_ISSUE);
    add(context, riskForm, SandboxPaths.EDIT_ISSUE);
    // Stage gates (issue 9): the project's "Stage gate" page and the workflow template preview.
    add(
        context,
        new io.lodestar.pmo.sandbox.standardization.gate.StageGateServlet(
            c.stageGates(), c.renderer(), c.texts()),
        io.lodestar.pmo.sandbox.standardization.gate.StageGateServlet.PATH);
    add(
        context,
        new io.lodestar.pmo.sandbox.standardization.diagram.WorkflowPreviewServlet(
            c.guard(), c.renderer(), c.texts()),
        io.lodestar.pmo.sandbox.standardization.diagram.WorkflowPreviewServlet.PATH);
    add(context, c.capacityServlet(), io.lodestar.pmo.app.capacity.web.CapacityPageController.PAGE);
    add(
        context,
        new io.lodestar.pmo.app.standardization.web.StandardizationServlet(
            c.standardizationPages(), c.renderer(), c.webResources(), false),
        io.lodestar.pmo.app.standardization.web.StandardizationPages.ADMIN_PAGE);
    add(
        context,
        new io.lodestar.pmo.app.standardization.web.StandardizationServlet(
            c.standardizationPages(), c.renderer(), c.webResources(), true),
        io.lodestar.pmo.app.standardization.web.StandardizationPages.PROJECT_PAGE);
    // issue 9: the dry-run and new-project pages (h-std9a)
    io.lodestar.pmo.app.standardization.web.ApplyPages applyPages = c.applyPages();
    add(
        context,
        new io.lodestar.pmo.app.standardization.web.ApplyServlet(
            applyPages, c.renderer(), c.webResources(), false),
        io.lodestar.pmo.app.standardization.web.ApplyPages.DRY_RUN_PAGE);
    add(
        context,
        new io.lodestar.pmo.app.standardization.web.ApplyServlet(
            applyPages, c.renderer(), c.webResources(), true),
        io.lodestar.pmo.app.standardization.web.ApplyPages.NEW_PROJECT_PAGE);
    add(context, new LandingServlet(c.guard(), c.renderer()), "/");
    return context;
  }

  private static void add(ServletContextHandler context, HttpServlet servlet, String path) {
    context.addServlet(new ServletHolder(servlet), path);
  }

  private static String webjarVersion(ClassLoader loader, String artifact) {
    String location = "META-INF/maven/org.webjars/" + artifact + "/pom.properties";
    try (InputStream in = loader.getResourceAsStream(location)) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return Optional.ofNullable(properties.getProperty("version"))
          .orElseThrow(() -> new IllegalStateException("web jar " + artifact + " is missing"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + location, e);
    }
  }

  private static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("Jetty did not stop cleanly: {}", e.getMessage());
    }
  }
}
