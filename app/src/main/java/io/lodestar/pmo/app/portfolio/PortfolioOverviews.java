package io.lodestar.pmo.app.portfolio;

import io.lodestar.pmo.app.portfolio.port.HealthOverrideStore;
import io.lodestar.pmo.app.portfolio.port.ObjectiveDirectory;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.EpicRef;
import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.ProjectProfileStore;
import io.lodestar.pmo.app.portfolio.port.StoredOverride;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.engine.alignment.AlignedProject;
import io.lodestar.pmo.engine.alignment.AlignmentCoverage;
import io.lodestar.pmo.engine.alignment.ObjectiveLink;
import io.lodestar.pmo.engine.alignment.StrategicObjective;
import io.lodestar.pmo.engine.evm.EarnedValue;
import io.lodestar.pmo.engine.evm.EarnedValueInput;
import io.lodestar.pmo.engine.evm.LinearBaseline;
import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.health.Health;
import io.lodestar.pmo.engine.health.HealthEvaluation;
import io.lodestar.pmo.engine.health.HealthFacts;
import io.lodestar.pmo.engine.health.HealthOverride;
import io.lodestar.pmo.engine.health.HealthPolicy;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.PortfolioStore;
import io.lodestar.pmo.engine.portfolio.Progress;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Money;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.shared.WorkingDays;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The portfolio overviews of one viewer, composed from the host's ports and the engine's rules:
 * rollups from the index (never from issues), progress by the node's method, earned value per
 * project in its own currency (totals per currency, never across two), rule-based health with the
 * override beside it, and alignment coverage. Who may call what (BROWSE, PMO admin, project admin)
 * is the REST resources' and page controllers' check; this service is told which projects the
 * viewer may browse and leaves the others out, counting them.
 *
 * <p><b>Bounds.</b> A call reads the node and its programs (≤ 1 + {@link PortfolioStore#MAX_LIST}),
 * the profiles and current overrides of the node's projects (≤ {@link PortfolioNode#MAX_SCOPES} per
 * node), objectives and links (≤ {@link ObjectiveDirectory#MAX_OBJECTIVES}), and one rollup per
 * program, project or epic shown; no issue.
 */
public final class PortfolioOverviews {

  public static final String OVERRIDE_AUDIT_TARGET = "portfolio.healthOverride";
  public static final String PROFILE_AUDIT_TARGET = "portfolio.projectProfile";
  static final String OVERRIDE_SET = "lodestar.portfolio.audit.overrideSet";
  static final String OVERRIDE_CLEARED = "lodestar.portfolio.audit.overrideCleared";
  static final String PROFILE_SAVED = "lodestar.portfolio.audit.profileSaved";
  static final String NOT_FOUND = "lodestar.portfolio.node.notFound";
  static final String PROJECT_NOT_IN_PORTFOLIO =
      "lodestar.portfolio.override.projectNotInPortfolio";

  /** The most children per page. */
  public static final int MAX_PAGE = 100;

  /** The override target kind of a project. */
  public static final String PROJECT_TARGET = "PROJECT";

  private final PortfolioStore nodes;
  private final ProjectProfileStore profiles;
  private final HealthOverrideStore overrides;
  private final ObjectiveDirectory objectives;
  private final PortfolioRollups rollups;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;
  private final HealthPolicy policy = HealthPolicy.presets();

  public PortfolioOverviews(
      PortfolioStore nodes,
      ProjectProfileStore profiles,
      HealthOverrideStore overrides,
      ObjectiveDirectory objectives,
      PortfolioRollups rollups,
      AuditLog audit,
      Transactions transactions,
      Clock clock) {
    this.nodes = Objects.requireNonNull(nodes, "nodes");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.overrides = Objects.requireNonNull(overrides, "overrides");
    this.objectives = Objects.requireNonNull(objectives, "objectives");
    this.rollups = Objects.requireNonNull(rollups, "rollups");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public PortfolioRollups rollups() {
    return rollups;
  }

  /** Today at the status date's zone (UTC). */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /**
   * The portfolios a viewer may see: every one for a PMO admin, else those holding a project the
   * viewer may browse. At most {@link PortfolioStore#MAX_LIST}.
   */
  public List<PortfolioNode> portfolios(Map<String, ProjectRef> browsable, boolean pmoAdmin) {
    List<PortfolioNode> visible = new ArrayList<>();
    for (PortfolioNode n : nodes.list(0, PortfolioStore.MAX_LIST)) {
      if (n.kind() == PortfolioNodeKind.PORTFOLIO
          && (pmoAdmin || projectsOf(n).stream().anyMatch(browsable::containsKey))) {
        visible.add(n);
      }
    }
    return visible;
  }

  /**
   * A node the viewer may see: NotFound when there is none, or the viewer is no PMO admin and may
   * browse none of its projects (so that its existence does not leak).
   */
  public Outcome<PortfolioNode> visibleNode(
      String key, Map<String, ProjectRef> browsable, boolean pmoAdmin) {
    Optional<PortfolioNode> node = nodes.find(key);
    if (node.isEmpty()
        || (!pmoAdmin && projectsOf(node.get()).stream().noneMatch(browsable::containsKey))) {
      return Outcome.notFound(NOT_FOUND, String.valueOf(key));
    }
    return Outcome.ok(node.get());
  }

  /** The Jira projects a node holds, directly and through its programs, in order, no duplicate. */
  public List<String> projectsOf(PortfolioNode node) {
    Set<String> keys = new LinkedHashSet<>();
    addProjects(node, keys);
    if (node.kind() == PortfolioNodeKind.PORTFOLIO) {
      for (PortfolioNode program : nodes.programsOf(node.key())) {
        addProjects(program, keys);
      }
    }
    return List.copyOf(keys);
  }

  private static void addProjects(PortfolioNode node, Set<String> keys) {
    for (ProjectScope scope : node.scopes()) {
      if (scope instanceof ProjectScope.JiraProject p) {
        keys.add(p.projectKey());
      }
    }
  }

  /**
   * The overview of a portfolio or program, with one page of its children.
   *
   * @param browsable the projects the viewer may browse, by key
   */
  public Outcome<NodeOverview> overview(
      String key,
      Map<String, ProjectRef> browsable,
      boolean pmoAdmin,
      BucketFilter visible,
      int startAt,
      int max) {
    Outcome<PortfolioNode> found = visibleNode(key, browsable, pmoAdmin);
    if (!(found instanceof Outcome.Ok<PortfolioNode> ok)) {
      return Outcome.notFound(NOT_FOUND, String.valueOf(key));
    }
    PortfolioNode node = ok.value();
    PercentCompleteMethod method = node.progressMethod();
    LocalDate today = today();
    List<PortfolioNode> programs =
        node.kind() == PortfolioNodeKind.PORTFOLIO ? nodes.programsOf(node.key()) : List.of();
    List<String> allProjects = projectsOf(node);
    List<String> visibleProjects = allProjects.stream().filter(browsable::containsKey).toList();
    Map<String, ProjectProfile> profileOf = profiles.findAll(visibleProjects);
    Map<String, StoredOverride> overrideOf = overrides.current(PROJECT_TARGET, visibleProjects);

    Map<String, ProjectHealth> healthOf = new LinkedHashMap<>();
    for (String project : visibleProjects) {
      healthOf.put(
          project,
          projectHealth(
              project,
              profileOf.get(project),
              rollups.rollup("project:" + project, visible),
              method,
              Optional.ofNullable(overrideOf.get(project)).map(StoredOverride::override),
              today));
    }

    List<NodeRow> children = new ArrayList<>();
    for (PortfolioNode program : programs) {
      Set<String> programProjects = new LinkedHashSet<>();
      addProjects(program, programProjects);
      if (programProjects.stream().noneMatch(browsable::containsKey) && !pmoAdmin) {
        continue;
      }
      Optional<Rag> worst =
          programProjects.stream()
              .map(healthOf::get)
              .filter(Objects::nonNull)
              .map(h -> h.health().computed().overall())
              .flatMap(Optional::stream)
              .reduce(Rag::worse);
      Optional<Rollup> rollup = rollups.rollup("program:" + program.key(), visible);
      children.add(
          new NodeRow(
              "PROGRAM",
              program.key(),
              program.name(),
              rollup,
              rollup.map(r -> Progress.of(method, r)),
              Optional.empty(),
              worst));
    }
    Set<String> direct = new LinkedHashSet<>();
    addProjects(node, direct);
    for (String project : direct) {
      ProjectRef ref = browsable.get(project);
      if (ref == null) {
        continue;
      }
      ProjectHealth h = healthOf.get(project);
      children.add(
          new NodeRow(
              "PROJECT",
              project,
              ref.name(),
              h.rollup(),
              h.rollup().map(r -> Progress.of(method, r)),
              Optional.of(h.health()),
              Optional.empty()));
    }
    int from = Math.min(startAt, children.size());
    List<NodeRow> page = children.subList(from, Math.min(children.size(), from + max));

    List<EvmRow> evm = new ArrayList<>();
    for (String project : visibleProjects) {
      evm.add(healthOf.get(project).evm());
    }
    Optional<Rollup> total = rollups.rollup(nodeKey(node), visible);
    List<StrategicObjective> objectiveList =
        node.kind() == PortfolioNodeKind.PORTFOLIO
            ? objectives.objectivesOf(node.key())
            : List.of();
    Optional<AlignmentCoverage> coverage =
        node.kind() == PortfolioNodeKind.PORTFOLIO
            ? coverage(node, objectiveList, visibleProjects, profileOf, healthOf)
            : Optional.empty();
    int unevaluated =
        (int)
            (node.scopes().stream().filter(s -> !(s instanceof ProjectScope.JiraProject)).count()
                + programs.stream()
                    .flatMap(p -> p.scopes().stream())
                    .filter(s -> !(s instanceof ProjectScope.JiraProject))
                    .count());
    return Outcome.ok(
        new NodeOverview(
            node,
            node.parentKey() == null ? Optional.empty() : nodes.find(node.parentKey()),
            rollups.state(),
            total,
            total.map(r -> Progress.of(method, r)),
            page,
            children.size(),
            from,
            allProjects.size() - visibleProjects.size(),
            unevaluated,
            evm,
            totals(evm),
            objectiveList,
            coverage));
  }

  /**
   * A project's overview: its rollup, progress, health, earned value and one page of its epics. The
   * caller has checked BROWSE.
   */
  public ProjectOverview project(ProjectRef project, BucketFilter visible, int startAt, int max) {
    Optional<String> holder = holderOf(project.key());
    Optional<PortfolioNode> holderNode = holder.flatMap(nodes::find);
    PercentCompleteMethod method =
        holderNode.map(PortfolioNode::progressMethod).orElse(PercentCompleteMethod.BY_COUNT);
    Optional<ProjectProfile> profile = profiles.find(project.key());
    Optional<HealthOverride> override =
        Optional.ofNullable(
                overrides.current(PROJECT_TARGET, List.of(project.key())).get(project.key()))
            .map(StoredOverride::override);
    Optional<Rollup> rollup = rollups.rollup("project:" + project.key(), visible);
    ProjectHealth h =
        projectHealth(project.key(), profile.orElse(null), rollup, method, override, today());
    List<NodeRow> epics = new ArrayList<>();
    for (EpicRef epic : rollups.epics(project.key(), startAt, max)) {
      Optional<Rollup> r = rollups.rollup("epic:" + epic.key(), visible);
      epics.add(
          new NodeRow(
              "EPIC",
              epic.key(),
              epic.summary(),
              r,
              r.map(x -> Progress.of(method, x)),
              Optional.empty(),
              Optional.empty()));
    }
    return new ProjectOverview(
        project,
        holderNode,
        profile,
        rollups.state(),
        rollup,
        rollup.map(r -> Progress.of(method, r)),
        h.health(),
        h.evm(),
        epics,
        rollups.epicCount(project.key()),
        startAt);
  }

  /** The node that holds a project's scope (a program, or a portfolio directly), if any. */
  public Optional<String> holderOf(String projectKey) {
    for (PortfolioNode n : nodes.list(0, PortfolioStore.MAX_LIST)) {
      for (ProjectScope scope : n.scopes()) {
        if (scope instanceof ProjectScope.JiraProject p && p.projectKey().equals(projectKey)) {
          return Optional.of(n.key());
        }
      }
    }
    return Optional.empty();
  }

  /** Sets a project's override; audited in the same transaction. */
  public Outcome<StoredOverride> override(
      String actorKey,
      PortfolioNode portfolio,
      String projectKey,
      Rag rag,
      String reason,
      LocalDate expiresOn) {
    List<Violation> violations = new ArrayList<>();
    if (projectKey == null || !projectsOf(portfolio).contains(projectKey)) {
      violations.add(Violation.of("project", PROJECT_NOT_IN_PORTFOLIO, String.valueOf(projectKey)));
    }
    violations.addAll(HealthOverride.check(rag, reason, expiresOn, today()));
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    return transactions.inTransaction(
        () -> {
          HealthOverride value =
              new HealthOverride(rag, reason.strip(), expiresOn, actorKey, clock.instant());
          Optional<StoredOverride> before =
              Optional.ofNullable(
                  overrides.current(PROJECT_TARGET, List.of(projectKey)).get(projectKey));
          StoredOverride stored = overrides.add(PROJECT_TARGET, projectKey, value);
          audit.record(
              new AuditEntry(
                  actorKey,
                  OVERRIDE_SET,
                  OVERRIDE_AUDIT_TARGET,
                  projectKey,
                  before.map(b -> text(b.override())).orElse(null),
                  text(value),
                  clock.instant()));
          return Outcome.ok(stored);
        });
  }

  /** Clears a project's current override; NotFound when it has none. Audited. */
  public Outcome<StoredOverride> clearOverride(
      String actorKey, PortfolioNode portfolio, String projectKey) {
    if (projectKey == null || !projectsOf(portfolio).contains(projectKey)) {
      return Outcome.invalid(
          List.of(Violation.of("project", PROJECT_NOT_IN_PORTFOLIO, String.valueOf(projectKey))));
    }
    return transactions.inTransaction(
        () -> {
          Optional<StoredOverride> cleared =
              overrides.clear(PROJECT_TARGET, projectKey, actorKey, clock.instant());
          if (cleared.isEmpty()) {
            return Outcome.notFound("lodestar.portfolio.override.none", projectKey);
          }
          audit.record(
              new AuditEntry(
                  actorKey,
                  OVERRIDE_CLEARED,
                  OVERRIDE_AUDIT_TARGET,
                  projectKey,
                  text(cleared.get().override()),
                  null,
                  clock.instant()));
          return Outcome.ok(cleared.get());
        });
  }

  /**
   * Saves a project's profile at {@code profile.version()}: Invalid, Conflict, or Ok at the next
   * version; an unchanged profile writes nothing. Audited in the same transaction.
   */
  public Outcome<ProjectProfile> saveProfile(String actorKey, ProjectProfile profile) {
    List<Violation> violations = profile.check();
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    return transactions.inTransaction(
        () -> {
          Optional<ProjectProfile> before = profiles.find(profile.projectKey());
          long stored = before.map(ProjectProfile::version).orElse(0L);
          if (stored != profile.version()) {
            return new Outcome.Conflict<>(profile.version(), stored);
          }
          if (before.isPresent() && before.get().equals(profile)) {
            return Outcome.ok(before.get());
          }
          StoreResult<ProjectProfile> result = profiles.save(profile);
          if (result instanceof StoreResult.VersionConflict<ProjectProfile> c) {
            return new Outcome.Conflict<>(c.expectedVersion(), c.actualVersion());
          }
          if (!(result instanceof StoreResult.Stored<ProjectProfile> saved)) {
            return Outcome.notFound("lodestar.error.projectNotFound", profile.projectKey());
          }
          audit.record(
              new AuditEntry(
                  actorKey,
                  PROFILE_SAVED,
                  PROFILE_AUDIT_TARGET,
                  profile.projectKey(),
                  before.map(PortfolioOverviews::text).orElse(null),
                  text(saved.value()),
                  clock.instant()));
          return Outcome.ok(saved.value());
        });
  }

  static String text(HealthOverride o) {
    return "rag="
        + o.rag()
        + "\nreason="
        + o.reason()
        + "\nexpiresOn="
        + o.expiresOn()
        + "\nsetBy="
        + o.setBy()
        + "\n";
  }

  static String text(ProjectProfile p) {
    return "sponsor="
        + nz(p.sponsorKey())
        + "\nmanager="
        + nz(p.managerKey())
        + "\nbudget="
        + (p.budget() == null ? "" : p.budget().toPlainString())
        + "\ncurrency="
        + p.currency()
        + "\nstart="
        + nz(p.start())
        + "\nend="
        + nz(p.end())
        + "\nphase="
        + p.phase()
        + "\nbaselineStart="
        + nz(p.baselineStart())
        + "\nbaselineEnd="
        + nz(p.baselineEnd())
        + "\n";
  }

  private static String nz(Object value) {
    return value == null ? "" : value.toString();
  }

  static String nodeKey(PortfolioNode n) {
    return (n.kind() == PortfolioNodeKind.PORTFOLIO ? "portfolio:" : "program:") + n.key();
  }

  /** A project's health and earned value. */
  record ProjectHealth(Optional<Rollup> rollup, Health health, EvmRow evm) {}

  private ProjectHealth projectHealth(
      String project,
      ProjectProfile profile,
      Optional<Rollup> rollup,
      PercentCompleteMethod method,
      Optional<HealthOverride> override,
      LocalDate today) {
    HealthFacts facts = HealthFacts.at(today);
    EvmRow evm = evm(project, profile, rollup, method, today);
    if (evm.input().isPresent()) {
      facts = facts.withEarnedValue(evm.input().get());
    }
    Optional<Progress> progress = rollup.map(r -> Progress.of(method, r));
    if (profile != null
        && profile.plannedStart().isPresent()
        && profile.plannedEnd().isPresent()
        && progress.isPresent()
        && progress.get().percent().isDefined()) {
      BigDecimal planned =
          new LinearBaseline(
                  profile.plannedStart().get(),
                  profile.plannedEnd().get(),
                  WorkingDays.MONDAY_TO_FRIDAY)
              .plannedFraction(today)
              .multiply(BigDecimal.valueOf(100));
      facts = facts.withProgress(planned, progress.get().percent().value().get());
    }
    if (profile != null && profile.plannedEnd().isPresent() && rollup.isPresent()) {
      Rollup r = rollup.get();
      facts =
          facts.withDueDate(profile.plannedEnd().get(), r.issues() > 0 && r.done() == r.issues());
    }
    HealthEvaluation computed = policy.evaluate(facts);
    return new ProjectHealth(rollup, Health.of(computed, override), evm);
  }

  /** BAC from the budget, PV linear over the baseline, EV = BAC × % complete, AC from the index. */
  EvmRow evm(
      String project,
      ProjectProfile profile,
      Optional<Rollup> rollup,
      PercentCompleteMethod method,
      LocalDate today) {
    String currency = profile == null ? "" : profile.currency();
    if (profile == null || profile.budget() == null) {
      return na(project, currency, "lodestar.portfolio.evm.na.noBudget");
    }
    if (profile.plannedStart().isEmpty() || profile.plannedEnd().isEmpty()) {
      return na(project, currency, "lodestar.portfolio.evm.na.noBaseline");
    }
    if (rollup.isEmpty()) {
      return na(project, currency, "lodestar.portfolio.evm.na.indexWarming");
    }
    Progress progress = Progress.of(method, rollup.get());
    if (!(progress.percent() instanceof Metric.Value percent)) {
      return na(project, currency, ((Metric.NotApplicable) progress.percent()).reasonKey());
    }
    Money bac = Money.of(profile.budget(), currency);
    BigDecimal planned =
        new LinearBaseline(
                profile.plannedStart().get(),
                profile.plannedEnd().get(),
                WorkingDays.MONDAY_TO_FRIDAY)
            .plannedFraction(today);
    BigDecimal done =
        percent.amount().min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).movePointLeft(2);
    Money pv = bac.times(planned).rounded();
    Money ev = bac.times(done).rounded();
    if (pv.compareTo(bac) > 0) {
      pv = bac;
    }
    if (ev.compareTo(bac) > 0) {
      ev = bac;
    }
    double cost = rollup.get().sums().get(PortfolioRollups.ACTUAL_COST);
    Money ac = Money.of(BigDecimal.valueOf(cost), currency).rounded();
    EarnedValueInput input = EarnedValueInput.of(bac, pv, ev, ac);
    return new EvmRow(
        project, currency, Optional.of(input), Optional.of(EarnedValue.of(input)), null);
  }

  private static EvmRow na(String key, String currency, String reason) {
    return new EvmRow(key, currency, Optional.empty(), Optional.empty(), reason);
  }

  /** Per currency, in first-seen order: the sums of BAC, PV, EV and AC, and their figures. */
  static List<EvmRow> totals(List<EvmRow> rows) {
    Map<String, EarnedValueInput> sums = new LinkedHashMap<>();
    for (EvmRow row : rows) {
      if (row.input().isEmpty()) {
        continue;
      }
      EarnedValueInput in = row.input().get();
      sums.merge(
          in.currency(),
          in,
          (a, b) ->
              EarnedValueInput.of(
                  a.bac().plus(b.bac()),
                  a.pv().plus(b.pv()),
                  a.ev().plus(b.ev()),
                  a.ac().plus(b.ac())));
    }
    List<EvmRow> totals = new ArrayList<>();
    sums.forEach(
        (currency, in) ->
            totals.add(
                new EvmRow(
                    currency, currency, Optional.of(in), Optional.of(EarnedValue.of(in)), null)));
    return totals;
  }

  private Optional<AlignmentCoverage> coverage(
      PortfolioNode node,
      List<StrategicObjective> objectiveList,
      List<String> visibleProjects,
      Map<String, ProjectProfile> profileOf,
      Map<String, ProjectHealth> healthOf) {
    List<AlignedProject> aligned = new ArrayList<>();
    for (String project : visibleProjects) {
      ProjectProfile profile = profileOf.get(project);
      // A budget in another currency is left out of the budget shares, never converted.
      Money budget =
          profile != null && profile.budget() != null && profile.currency().equals(node.currency())
              ? Money.of(profile.budget(), node.currency())
              : Money.zero(node.currency());
      long open = healthOf.get(project).rollup().map(r -> r.toDo() + r.inProgress()).orElse(0L);
      aligned.add(new AlignedProject(project, budget, open));
    }
    Set<String> ids = new LinkedHashSet<>();
    objectiveList.forEach(o -> ids.add(o.id()));
    List<ObjectiveLink> links =
        objectives.linksOf(ids).stream()
            .filter(l -> visibleProjects.contains(l.projectKey()))
            .toList();
    try {
      return Optional.of(AlignmentCoverage.of(node.currency(), objectiveList, aligned, links));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
