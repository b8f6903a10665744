package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.portfolio.LiveSnapshotSource;
import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.PortfolioTrends;
import io.lodestar.pmo.app.portfolio.ProjectForecasts;
import io.lodestar.pmo.app.portfolio.SnapshotTaker;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfigs;
import io.lodestar.pmo.app.portfolio.dashboard.PortfolioHealthItem;
import io.lodestar.pmo.app.portfolio.dashboard.rest.DashboardItemResource;
import io.lodestar.pmo.app.portfolio.rest.PortfolioExportResource;
import io.lodestar.pmo.app.portfolio.rest.PortfolioResource;
import io.lodestar.pmo.app.portfolio.rest.PortfolioSnapshotResource;
import io.lodestar.pmo.app.portfolio.rest.ProjectExportResource;
import io.lodestar.pmo.app.portfolio.rest.ProjectProfileResource;
import io.lodestar.pmo.app.portfolio.rest.ProjectSnapshotResource;
import io.lodestar.pmo.app.portfolio.rest.SnapshotRunResource;
import io.lodestar.pmo.app.portfolio.web.PortfolioPageController;
import io.lodestar.pmo.app.portfolio.web.PortfolioServlet;
import io.lodestar.pmo.app.risk.rest.AuditResource;
import io.lodestar.pmo.app.risk.rest.CatalogResource;
import io.lodestar.pmo.app.risk.rest.DefaultRiskSettingsResource;
import io.lodestar.pmo.app.risk.rest.PmoAdminGroupResource;
import io.lodestar.pmo.app.risk.rest.RestClock;
import io.lodestar.pmo.app.risk.rest.RiskCsvResource;
import io.lodestar.pmo.app.risk.rest.RiskRegisterResource;
import io.lodestar.pmo.app.risk.rest.RiskSettingsResource;
import io.lodestar.pmo.app.risk.rest.ScoringModelResource;
import io.lodestar.pmo.app.risk.rest.SimulationPermits;
import io.lodestar.pmo.app.risk.rest.UserPickerResource;
import io.lodestar.pmo.app.risk.web.AuditLogPageController;
import io.lodestar.pmo.app.risk.web.AuditLogServlet;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.risk.web.ReportingCurrency;
import io.lodestar.pmo.app.risk.web.RiskAdminPageController;
import io.lodestar.pmo.app.risk.web.RiskAdminServlet;
import io.lodestar.pmo.app.risk.web.RiskRegisterPageController;
import io.lodestar.pmo.app.risk.web.RiskRegisterServlet;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupService;
import io.lodestar.pmo.app.standardization.gate.StageGateService;
import io.lodestar.pmo.app.standardization.gate.rest.StageGateResource;
import io.lodestar.pmo.engine.risk.service.ExposureLimits;
import io.lodestar.pmo.engine.risk.service.ReviewReminderService;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.risk.service.RiskSettingsService;
import io.lodestar.pmo.engine.risk.service.ScoringModelService;
import io.lodestar.pmo.sandbox.dashboard.SqlDashboardItems;
import io.lodestar.pmo.sandbox.importer.RiskIssueWrites;
import io.lodestar.pmo.sandbox.portfolio.SandboxRollupIndex;
import io.lodestar.pmo.sandbox.portfolio.SqlHealthOverrides;
import io.lodestar.pmo.sandbox.portfolio.SqlObjectives;
import io.lodestar.pmo.sandbox.portfolio.SqlPortfolioStore;
import io.lodestar.pmo.sandbox.portfolio.SqlProjectProfiles;
import io.lodestar.pmo.sandbox.portfolio.SqlResolvedThroughput;
import io.lodestar.pmo.sandbox.portfolio.SqlSnapshotStore;
import io.lodestar.pmo.sandbox.risk.SandboxReviewReminderSender;
import io.lodestar.pmo.sandbox.risk.SandboxReviewReminders;
import io.lodestar.pmo.sandbox.risk.SqlAssessedRiskIndex;
import io.lodestar.pmo.sandbox.risk.SqlOwnerVisibility;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues;
import io.lodestar.pmo.sandbox.risk.SqlRiskProjectSettingsStore;
import io.lodestar.pmo.sandbox.risk.SqlRiskReviewFlagStore;
import io.lodestar.pmo.sandbox.risk.SqlRiskSource;
import io.lodestar.pmo.sandbox.risk.SqlScoringModelStore;
import io.lodestar.pmo.sandbox.risk.SqlUnownedRiskContact;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import io.lodestar.pmo.sandbox.shared.host.PasswordHasher;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import io.lodestar.pmo.sandbox.shared.host.SqlHostPermissions;
import io.lodestar.pmo.sandbox.shared.host.SqlIssueLinks;
import io.lodestar.pmo.sandbox.shared.host.SqlMailOutbox;
import io.lodestar.pmo.sandbox.shared.host.SqlProjectDirectory;
import io.lodestar.pmo.sandbox.shared.host.SqlSettingRows;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.SqlTransactions;
import io.lodestar.pmo.sandbox.standardization.gate.SqlGateStore;
import io.lodestar.pmo.sandbox.training.SandboxTraining;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The sandbox's object graph, built by constructor exactly as the plugin's Spring XML builds it
 * ({@code META-INF/spring/lodestar-*.xml}), with the sandbox's implementations of the engine's
 * store ports and the plugin's host ports in place of the Jira and Active Objects ones. Everything
 * above the ports — engine services, {@link AccessGuard}, REST resources, page controllers and
 * servlets — is the plugin's own class.
 */
public final class SandboxComponents {

  /**
   * Source page size of the register service and the review reminder. The plugin reads Jira's
   * search 200 issues at a time ({@code lodestar-risk-services.xml}); the sandbox's source is one
   * database, where fewer, larger pages walk a register of thousands of risks faster (each page
   * repeats the permission check and skips the earlier pages in the index).
   */
  static final int SOURCE_PAGE_SIZE = 500;

  /** Exposure simulations running at once, as in {@code lodestar-risk-services.xml}. */
  static final int MAX_SIMULATIONS = 2;

  private final SandboxStore store;
  private final SessionCurrentUser currentUser = new SessionCurrentUser();
  private final SandboxWebResources webResources = new SandboxWebResources();
  private final SandboxUsers users;
  private final Texts texts;
  private final AccessGuard guard;
  private final SqlMailOutbox outbox;
  private final PageRenderer renderer;
  private final List<Object> restResources;
  private final RiskRegisterServlet registerServlet;
  private final RiskAdminServlet adminServlet;
  private final AuditLogServlet auditServlet;
  private final SandboxReviewReminders reviewReminders;
  private final SqlRiskIssues riskIssues;
  private final ProjectRiskContexts riskContexts;
  private final SqlIssueLinks issueLinks;
  private final RiskIssueWrites riskIssueWrites;
  private final SqlAssessedRiskIndex riskIndex;
  private final RiskRegisterService riskRegister;
  private final Supplier<List<String>> configuredProjects;
  private final SandboxRollupIndex rollupIndex;
  private final PortfolioOverviews portfolios;
  private final PortfolioServlet portfolioServlet;
  private final SqlDashboardItems dashboards;
  private final HealthItemConfigs dashboardItemConfigs;
  private final PortfolioHealthItem portfolioHealthItem;
  private final SqlGateStore gateStore;
  private final StageGateService stageGates;
  private final io.lodestar.pmo.app.capacity.web.CapacityServlet capacityServlet;
  private final SandboxTraining training;
  private final io.lodestar.pmo.app.standardization.web.StandardizationPages standardizationPages;
  private final java.util.concurrent.ExecutorService scanExecutor;
  private final io.lodestar.pmo.app.standardization.apply.TemplateApplication templateApplication;
  private final io.lodestar.pmo.app.standardization.apply.ProjectCreators projectCreators;
  private final io.lodestar.pmo.app.standardization.Standardization standardization;

  /** As {@link #SandboxComponents(SandboxStore, Clock, String)} at the default address. */
  public SandboxComponents(SandboxStore store, Clock clock) {
    this(store, clock, "http://" + SandboxConfig.DEFAULT_HOST + ":" + SandboxConfig.DEFAULT_PORT);
  }

  /**
   * @param store the open store
   * @param clock now and today
   * @param baseUrl the sandbox's own base URL, for links in mail
   */
  public SandboxComponents(SandboxStore store, Clock clock, String baseUrl) {
    this.store = Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(baseUrl, "baseUrl");
    users = new SandboxUsers(store, new PasswordHasher());
    texts = new BundleTexts();
    renderer = new VelocityPageRenderer();
    outbox = new SqlMailOutbox(store, clock);

    // Host ports and the one permission component (lodestar-host-adapters.xml).
    SqlProjectDirectory projects = new SqlProjectDirectory(store);
    SqlHostPermissions permissions = new SqlHostPermissions(store);
    SqlAuditLog audit = new SqlAuditLog(store);
    PmoAdminGroupService pmoAdminGroup =
        new PmoAdminGroupService(new SqlSettingRows(store), audit, clock);
    guard = new AccessGuard(currentUser, projects, permissions, pmoAdminGroup, texts);

    // Engine ports and services (lodestar-persistence.xml, lodestar-risk-services.xml).
    SqlScoringModelStore modelStore = new SqlScoringModelStore(store);
    SqlRiskProjectSettingsStore settingsStore = new SqlRiskProjectSettingsStore(store);
    SqlRiskSource riskSource = new SqlRiskSource(store);
    SqlTransactions transactions = new SqlTransactions(store);
    ScoringModelService models =
        new ScoringModelService(modelStore, settingsStore, audit, transactions, clock);
    RiskSettingsService settings =
        new RiskSettingsService(settingsStore, modelStore, audit, transactions, clock);
    riskIndex = new SqlAssessedRiskIndex(store, riskSource, settingsStore, modelStore);
    RiskRegisterService register =
        new RiskRegisterService(
            riskSource,
            settingsStore,
            modelStore,
            SOURCE_PAGE_SIZE,
            ExposureLimits.DEFAULT,
            riskIndex);
    riskRegister = register;
    RestClock restClock = new RestClock(clock);

    // The portfolio layer (issue 8): stores, the rollup index and the overview service.
    SqlPortfolioStore portfolioStore = new SqlPortfolioStore(store);
    SqlProjectProfiles profiles = new SqlProjectProfiles(store);
    rollupIndex = new SandboxRollupIndex(store, portfolioStore, projects, clock);
    portfolios =
        new PortfolioOverviews(
            portfolioStore,
            profiles,
            new SqlHealthOverrides(store),
            new SqlObjectives(store),
            rollupIndex,
            audit,
            transactions,
            clock);
    // Snapshots (issue 8): the S-curve and earned schedule of the overview pages.
    SqlSnapshotStore snapshotStore = new SqlSnapshotStore(store);
    PortfolioTrends trends = new PortfolioTrends(snapshotStore, profiles, texts, clock);
    SnapshotTaker snapshotTaker =
        new SnapshotTaker(
            new LiveSnapshotSource(portfolios, portfolioStore, profiles, projects),
            snapshotStore,
            audit,
            transactions,
            clock);

    SandboxUserDirectory userDirectory = new SandboxUserDirectory(users);
    // One set of permits for the REST simulation and the register page's exposure panel.
    SimulationPermits simulations = new SimulationPermits(MAX_SIMULATIONS);

    // The dashboard item "Lodestar portfolio health" on the sandbox's dashboard stand-in.
    dashboards = new SqlDashboardItems(store);
    dashboardItemConfigs = new HealthItemConfigs(guard, dashboards, portfolios, texts);
    portfolioHealthItem = new PortfolioHealthItem(guard, dashboardItemConfigs, portfolios, texts);

    // Stage gates (issue 9): the PMO's lifecycle and the projects' gates on the SQL store;
    // template rules are judged by each project's latest kept compliance result.
    gateStore = new SqlGateStore(store);
    stageGates =
        new StageGateService(
            guard,
            gateStore,
            new io.lodestar.pmo.app.standardization.gate.ScannedRuleResults(
                new io.lodestar.pmo.sandbox.standardization.SqlScanRecords(store)),
            userDirectory,
            audit,
            transactions,
            clock,
            texts);
    // Capacity (issue 10): heat maps, drill-down, what-if, free capacity and absences.
    io.lodestar.pmo.app.capacity.CapacityViews capacity =
        new io.lodestar.pmo.app.capacity.CapacityViews(
            guard,
            permissions,
            new io.lodestar.pmo.sandbox.capacity.SqlCapacityStore(store),
            new io.lodestar.pmo.sandbox.capacity.SqlCapacityWork(store, clock),
            userDirectory,
            audit,
            texts,
            clock,
            io.lodestar.pmo.app.capacity.CapacityViews.DEFAULT_RESOURCE_MANAGER_GROUP,
            io.lodestar.pmo.engine.capacity.WorkingHoursPlan.standard());
    capacityServlet =
        new io.lodestar.pmo.app.capacity.web.CapacityServlet(
            new io.lodestar.pmo.app.capacity.web.CapacityPageController(capacity, texts),
            renderer,
            webResources);
    // Training and development (issue 10): store, service, REST, page, panel, expiry reminder.
    training =
        new SandboxTraining(
            store,
            guard,
            permissions,
            userDirectory,
            outbox,
            audit,
            transactions,
            texts,
            renderer,
            webResources,
            clock);
    // Standardization (issue 9): the host's configuration and counts, templates, scans.
    io.lodestar.pmo.sandbox.standardization.SqlHostConfiguration hostConfiguration =
        new io.lodestar.pmo.sandbox.standardization.SqlHostConfiguration(store);
    io.lodestar.pmo.sandbox.standardization.SqlTemplateStore templateStore =
        new io.lodestar.pmo.sandbox.standardization.SqlTemplateStore(store);
    standardization =
        new io.lodestar.pmo.app.standardization.Standardization(
            templateStore,
            new io.lodestar.pmo.sandbox.standardization.SqlAssignments(store),
            audit,
            transactions,
            clock);
    io.lodestar.pmo.sandbox.standardization.SqlScanRecords scanRecords =
        new io.lodestar.pmo.sandbox.standardization.SqlScanRecords(store);
    scanExecutor =
        java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "lodestar-compliance-scan");
              t.setDaemon(true);
              return t;
            });
    io.lodestar.pmo.app.standardization.ComplianceScans complianceScans =
        new io.lodestar.pmo.app.standardization.ComplianceScans(
            templateStore,
            new io.lodestar.pmo.sandbox.standardization.SqlAssignments(store),
            scanRecords,
            hostConfiguration,
            hostConfiguration,
            scanExecutor,
            Long.getLong(SCAN_PAUSE_PROPERTY, 0L),
            clock);
    io.lodestar.pmo.app.standardization.ComplianceReports complianceReports =
        new io.lodestar.pmo.app.standardization.ComplianceReports(
            guard, scanRecords, templateStore, standardization, texts);
    standardizationPages =
        new io.lodestar.pmo.app.standardization.web.StandardizationPages(
            guard, standardization, complianceScans, complianceReports, texts);
    // Applying templates (issue 9, h-std9a): dry run, apply in one transaction, new projects.
    io.lodestar.pmo.sandbox.standardization.SqlApplyHost applyHost =
        new io.lodestar.pmo.sandbox.standardization.SqlApplyHost(
            store,
            hostConfiguration,
            java.util.Optional.of(System.getProperty(PROJECT_CREATOR_GROUP_PROPERTY, "staff")));
    templateApplication =
        new io.lodestar.pmo.app.standardization.apply.TemplateApplication(
            templateStore,
            new io.lodestar.pmo.sandbox.standardization.SqlAssignments(store),
            hostConfiguration,
            new io.lodestar.pmo.sandbox.standardization.SqlStatusCounts(store),
            applyHost,
            complianceScans,
            userDirectory,
            audit,
            transactions,
            clock);
    projectCreators =
        new io.lodestar.pmo.app.standardization.apply.ProjectCreators(
            guard,
            permissions,
            () ->
                java.util.Optional.of(System.getProperty(PROJECT_CREATOR_GROUP_PROPERTY, "staff")),
            texts);

    // REST resources (the rest module builds them by constructor from the same beans).
    List<Object> resources =
        List.of(
            new io.lodestar.pmo.app.capacity.rest.CapacityResource(capacity, texts),
            new ScoringModelResource(guard, models, texts),
            new RiskRegisterResource(guard, register, restClock, simulations, texts),
            new UserPickerResource(guard, userDirectory, texts),
            new RiskCsvResource(guard, register, userDirectory, restClock, texts),
            new CatalogResource(guard, new SandboxFieldCatalog(store, texts)),
            new RiskSettingsResource(guard, settingsStore, settings, texts),
            new DefaultRiskSettingsResource(guard, settingsStore, settings, texts),
            new PmoAdminGroupResource(guard, pmoAdminGroup, texts),
            new AuditResource(guard, audit, texts),
            new PortfolioResource(guard, portfolios, texts),
            new ProjectProfileResource(guard, profiles, portfolios, texts),
            new DashboardItemResource(dashboardItemConfigs, texts),
            new PortfolioSnapshotResource(guard, portfolios, trends, texts),
            new ProjectSnapshotResource(guard, profiles, trends, texts),
            new SnapshotRunResource(guard, snapshotTaker, texts),
            // CSV and XLSX exports of the portfolio tables (issue 8).
            new PortfolioExportResource(guard, portfolios, trends, texts),
            new ProjectExportResource(guard, portfolios, profiles, trends, texts),
            new StageGateResource(stageGates, texts),
            new io.lodestar.pmo.app.standardization.rest.TemplateResource(
                guard, standardization, texts),
            new io.lodestar.pmo.app.standardization.rest.ComplianceResource(
                guard, standardization, complianceScans, complianceReports, texts),
            new io.lodestar.pmo.app.standardization.rest.ApplyResource(
                guard, templateApplication, projectCreators, texts));

    restResources =
        java.util.stream.Stream.concat(resources.stream(), training.restResources().stream())
            .toList();

    // Pages (lodestar-risk-web.xml and the servlet modules of atlassian-plugin.xml).
    RiskRegisterPageController registerPage =
        new RiskRegisterPageController(
            guard,
            register,
            userDirectory,
            texts,
            clock,
            simulations,
            ReportingCurrency.fromSystemProperty());
    RiskAdminPageController adminPage =
        new RiskAdminPageController(guard, modelStore, pmoAdminGroup, texts);
    registerServlet = new RiskRegisterServlet(registerPage, renderer, webResources);
    adminServlet = new RiskAdminServlet(adminPage, renderer, webResources);
    portfolioServlet =
        new PortfolioServlet(
            new PortfolioPageController(
                guard,
                portfolios,
                userDirectory,
                texts,
                trends,
                snapshotTaker,
                new ProjectForecasts(new SqlResolvedThroughput(store), texts, clock),
                register),
            renderer,
            webResources);
    auditServlet =
        new AuditLogServlet(
            new AuditLogPageController(guard, audit, userDirectory, texts), renderer, webResources);

    // The sandbox's issue view and risk form (Jira's own pages in Jira), hosting the plugin's
    // panel.
    riskIssues = new SqlRiskIssues(store);
    riskContexts = new ProjectRiskContexts(settingsStore, modelStore);
    issueLinks = new SqlIssueLinks(store);
    riskIssueWrites = new RiskIssueWrites(store, clock);

    // The daily review reminder (lodestar-risk-job.xml; a scheduler of its own instead of Jira's).
    ReviewReminderService reminderService =
        new ReviewReminderService(
            riskSource,
            settingsStore,
            modelStore,
            new SqlRiskReviewFlagStore(store),
            new SandboxReviewReminderSender(users::byKey, texts, outbox, baseUrl),
            new SqlOwnerVisibility(store),
            SOURCE_PAGE_SIZE,
            new SqlUnownedRiskContact(store));
    configuredProjects =
        () ->
            projects.allKeys().stream()
                .filter(key -> settingsStore.effective(key).isPresent())
                .toList();
    reviewReminders = new SandboxReviewReminders(reminderService, configuredProjects, clock);
  }

  /**
   * A pause in milliseconds before each project of a compliance scan (default 0), so that the
   * progress of a scan of the small demo can be watched (and cancelled) in a browser.
   */
  public static final String SCAN_PAUSE_PROPERTY = "lodestar.sandbox.scanPauseMillis";

  /**
   * System property: the group (besides PMO admins) that may create projects from a template, and
   * that may browse them; default {@code staff}.
   */
  public static final String PROJECT_CREATOR_GROUP_PROPERTY =
      "lodestar.sandbox.projectCreatorGroup";

  /** Applying templates (issue 9). */
  public io.lodestar.pmo.app.standardization.apply.TemplateApplication templateApplication() {
    return templateApplication;
  }

  public io.lodestar.pmo.app.standardization.apply.ProjectCreators projectCreators() {
    return projectCreators;
  }

  public io.lodestar.pmo.app.standardization.web.ApplyPages applyPages() {
    return new io.lodestar.pmo.app.standardization.web.ApplyPages(
        guard, standardization, templateApplication, projectCreators, texts);
  }

  /** The standardization pages (issue 9). */
  public io.lodestar.pmo.app.standardization.web.StandardizationPages standardizationPages() {
    return standardizationPages;
  }

  /** Stops a running compliance scan's thread (server stop). */
  public void stopScans() {
    scanExecutor.shutdownNow();
  }

  /** The register's materialised assessments; close it before the store. */
  public SqlAssessedRiskIndex riskIndex() {
    return riskIndex;
  }

  /** The register service the REST resources and pages share (its answer cache's hit rate). */
  public RiskRegisterService riskRegister() {
    return riskRegister;
  }

  /** Queues the risk index's build of every configured project (start-up; in the background). */
  public void startRiskIndex() {
    riskIndex.rebuildInBackground(configuredProjects.get());
  }

  /** The portfolio rollup index; close it before the store. */
  public SandboxRollupIndex rollupIndex() {
    return rollupIndex;
  }

  /** Starts the rollup index's first build (start-up; in the background). */
  public void startRollupIndex() {
    rollupIndex.buildInBackground();
  }

  /** The capacity pages' servlet (issue 10). */
  public io.lodestar.pmo.app.capacity.web.CapacityServlet capacityServlet() {
    return capacityServlet;
  }

  /** The portfolio pages' servlet. */
  public PortfolioServlet portfolioServlet() {
    return portfolioServlet;
  }

  /** The sandbox's dashboards (schema V8). */
  public SqlDashboardItems dashboards() {
    return dashboards;
  }

  /** The dashboard items' configurations. */
  public HealthItemConfigs dashboardItemConfigs() {
    return dashboardItemConfigs;
  }

  /** The app's "Lodestar portfolio health" item. */
  public PortfolioHealthItem portfolioHealthItem() {
    return portfolioHealthItem;
  }

  /** The training feature (issue 10). */
  public SandboxTraining training() {
    return training;
  }

  /** The portfolio overview service. */
  public PortfolioOverviews portfolios() {
    return portfolios;
  }

  /** The stage-gate store (schema V10; the demo's lifecycle is written through it). */
  public SqlGateStore gateStore() {
    return gateStore;
  }

  /** The stage-gate service (the "Stage gate" page and REST). */
  public StageGateService stageGates() {
    return stageGates;
  }

  public SandboxStore store() {
    return store;
  }

  public SessionCurrentUser currentUser() {
    return currentUser;
  }

  public SandboxUsers users() {
    return users;
  }

  public Texts texts() {
    return texts;
  }

  public AccessGuard guard() {
    return guard;
  }

  public SqlMailOutbox outbox() {
    return outbox;
  }

  public PageRenderer renderer() {
    return renderer;
  }

  /** The plugin's REST resource instances, ready to register with the JAX-RS application. */
  public List<Object> restResources() {
    return restResources;
  }

  public SandboxWebResources webResources() {
    return webResources;
  }

  public RiskRegisterServlet registerServlet() {
    return registerServlet;
  }

  public RiskAdminServlet adminServlet() {
    return adminServlet;
  }

  /** Issue reads of the issue view and risk form. */
  public SqlRiskIssues riskIssues() {
    return riskIssues;
  }

  /** The projects' risk settings and models, as the plugin's panel reads them. */
  public ProjectRiskContexts riskContexts() {
    return riskContexts;
  }

  public SqlIssueLinks issueLinks() {
    return issueLinks;
  }

  /** The risk form's writes, through the importer's issue write path. */
  public RiskIssueWrites riskIssueWrites() {
    return riskIssueWrites;
  }

  public AuditLogServlet auditServlet() {
    return auditServlet;
  }

  /** The review reminder's scheduler; not started until {@link SandboxReviewReminders#start}. */
  public SandboxReviewReminders reviewReminders() {
    return reviewReminders;
  }
}
