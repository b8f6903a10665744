package io.lodestar.pmo.app.standardization.gate;

import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.standardization.gate.ChecklistItem;
import io.lodestar.pmo.engine.standardization.gate.GateActor;
import io.lodestar.pmo.engine.standardization.gate.GateConfig;
import io.lodestar.pmo.engine.standardization.gate.GateCriteria;
import io.lodestar.pmo.engine.standardization.gate.GateEvent;
import io.lodestar.pmo.engine.standardization.gate.GateRequest;
import io.lodestar.pmo.engine.standardization.gate.GateState;
import io.lodestar.pmo.engine.standardization.gate.RequiredDocument;
import io.lodestar.pmo.engine.standardization.gate.StageGates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * A project's stage gate: reading it (signed in, may browse the project; else 404 as Jira hides
 * it), and the moves: the project manager (project admin or PMO admin) requests or withdraws, the
 * configured approvers approve or reject. Who may not make a move gets a 403 before anything is
 * read further; a move sent with a stale version is a conflict (409); what the engine refuses is
 * invalid (400, naming the field). Every move and its outcome (a gate passed) is audited in the
 * same transaction as the save.
 */
public final class StageGateService {

  /** Audit target type of gate moves; the target id is the project key. */
  public static final String AUDIT_TARGET = "standardization.gate";

  static final String AUDIT_PREFIX = "lodestar.standardization.audit.gate.";

  private final AccessGuard guard;
  private final GateStore store;
  private final TemplateRuleResults rules;
  private final UserDirectory users;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;
  private final Texts texts;

  public StageGateService(
      AccessGuard guard,
      GateStore store,
      TemplateRuleResults rules,
      UserDirectory users,
      AuditLog audit,
      Transactions transactions,
      Clock clock,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.store = Objects.requireNonNull(store, "store");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.users = Objects.requireNonNull(users, "users");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /** The project's gate as the current user sees it. */
  public GateView view(String projectKey) {
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    HostUser user = guard.requireUser();
    return transactions.inTransaction(
        () -> view(project, user, store.settings(), stored(project.key())));
  }

  /** The current user, as project manager, requests the current phase's gate. */
  public Outcome<GateView> request(
      String projectKey, long version, Set<String> ticked, Map<String, String> documents) {
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    HostUser user = guard.requireUser();
    requireManager(project);
    return move(
        project,
        user,
        version,
        (gates, ctx) ->
            gates.request(
                ctx.state(),
                ctx.actor(),
                ticked,
                documents,
                rules.latest(project.key()),
                Set.copyOf(ctx.settings().approverKeys()),
                ctx.at()));
  }

  /** The current user, as the requester, withdraws the open request. */
  public Outcome<GateView> withdraw(String projectKey, long version) {
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    HostUser user = guard.requireUser();
    requireManager(project);
    return move(
        project, user, version, (gates, ctx) -> gates.withdraw(ctx.state(), ctx.actor(), ctx.at()));
  }

  /** The current user, as an approver, approves the open request. */
  public Outcome<GateView> approve(String projectKey, long version, String comment) {
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    HostUser user = guard.requireUser();
    requireApprover(user);
    String text = Objects.requireNonNullElse(comment, "");
    return move(
        project,
        user,
        version,
        (gates, ctx) -> gates.approve(ctx.state(), ctx.actor(), text, ctx.at()));
  }

  /** The current user, as an approver, rejects the open request with a comment. */
  public Outcome<GateView> reject(String projectKey, long version, String comment) {
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    HostUser user = guard.requireUser();
    requireApprover(user);
    String text = Objects.requireNonNullElse(comment, "");
    return move(
        project,
        user,
        version,
        (gates, ctx) -> gates.reject(ctx.state(), ctx.actor(), text, ctx.at()));
  }

  /** The current user's view of what moves they may make (the page hides the others). */
  private record MoveContext(GateSettings settings, GateState state, GateActor actor, Instant at) {}

  private Outcome<GateView> move(
      ProjectRef project,
      HostUser user,
      long version,
      BiFunction<StageGates, MoveContext, Outcome<GateState>> step) {
    return transactions.inTransaction(
        () -> {
          GateSettings settings = store.settings();
          StoredGate before = stored(project.key());
          if (before.version() != version) {
            return Outcome.<GateView>conflict(version, before.version());
          }
          GateActor actor =
              new GateActor(
                  user.key(),
                  guard.mayAdministerProject(project.key()),
                  settings.approverKeys().contains(user.key()));
          Instant at = clock.instant();
          Outcome<GateState> outcome =
              step.apply(
                  new StageGates(settings.config()),
                  new MoveContext(settings, before.state(), actor, at));
          if (!(outcome instanceof Outcome.Ok<GateState> ok)) {
            return outcome.map(s -> (GateView) null);
          }
          var saved = store.save(new StoredGate(ok.value(), version));
          if (saved.isEmpty()) {
            return Outcome.<GateView>conflict(version, stored(project.key()).version());
          }
          List<GateEvent> added =
              ok.value()
                  .history()
                  .subList(before.state().history().size(), ok.value().history().size());
          for (GateEvent e : added) {
            audit.record(
                new AuditEntry(
                    user.key(),
                    AUDIT_PREFIX + e.kind().name().toLowerCase(Locale.ROOT),
                    AUDIT_TARGET,
                    project.key(),
                    text(before.state(), settings.config()),
                    text(ok.value(), settings.config()) + eventText(e, settings.config()),
                    at));
          }
          return Outcome.ok(view(project, user, settings, saved.get()));
        });
  }

  private void requireManager(ProjectRef project) {
    if (!guard.mayAdministerProject(project.key())) {
      throw new AccessDeniedException(texts.text("lodestar.standardization.gate.notManager"));
    }
  }

  private void requireApprover(HostUser user) {
    boolean approver =
        transactions.inTransaction(() -> store.settings().approverKeys().contains(user.key()));
    if (!approver) {
      throw new AccessDeniedException(texts.text("lodestar.standardization.gate.notApprover"));
    }
  }

  private StoredGate stored(String projectKey) {
    return store.find(projectKey).orElseGet(() -> new StoredGate(GateState.start(projectKey), 0));
  }

  private GateView view(ProjectRef project, HostUser user, GateSettings settings, StoredGate gate) {
    GateConfig config = settings.config();
    GateState state = gate.state();
    boolean complete = state.complete(config);
    List<GateView.Phase> phases = new ArrayList<>();
    for (int i = 0; i < config.phases().size(); i++) {
      phases.add(
          new GateView.Phase(
              config.phases().get(i),
              i < state.phase() ? "passed" : i == state.phase() ? "current" : "upcoming"));
    }
    GateCriteria criteria = complete ? GateCriteria.NONE : config.gates().get(state.phase());
    GateRequest open = state.open().orElse(null);
    List<GateView.Check> checklist = new ArrayList<>();
    for (ChecklistItem item : criteria.checklist()) {
      checklist.add(
          new GateView.Check(
              item.id(), item.text(), open != null && open.ticked().contains(item.id())));
    }
    List<GateView.Document> documents = new ArrayList<>();
    for (RequiredDocument doc : criteria.documents()) {
      documents.add(
          new GateView.Document(
              doc.id(),
              doc.label(),
              open == null ? "" : open.documents().getOrDefault(doc.id(), "")));
    }
    GateView.Request request =
        open == null
            ? null
            : new GateView.Request(
                config.phases().get(open.phase()),
                name(open.requestedBy()),
                utc(open.requestedAt()),
                open.approvals().stream().map(this::name).toList(),
                Math.max(0, config.quorum() - open.approvals().size()));
    boolean manager = guard.mayAdministerProject(project.key());
    boolean approver = settings.approverKeys().contains(user.key());
    List<GateView.Event> history = new ArrayList<>();
    for (GateEvent e : state.history()) {
      history.add(
          0,
          new GateView.Event(
              e.kind().name(),
              texts.text("lodestar.standardization.gate.event." + e.kind().name()),
              phaseName(config, e.phase()),
              name(e.actorKey()),
              utc(e.at()),
              e.comment()));
    }
    return new GateView(
        project.key(),
        project.name(),
        gate.version(),
        state.phaseName(config).orElse(""),
        state.phase(),
        complete,
        phases,
        checklist,
        documents,
        criteria.ruleIds(),
        rules.evaluated(),
        config.quorum(),
        settings.approverKeys().stream().map(this::name).toList(),
        request,
        history,
        manager && !complete && open == null,
        open != null && open.requestedBy().equals(user.key()),
        approver
            && open != null
            && !open.requestedBy().equals(user.key())
            && !open.approvals().contains(user.key()));
  }

  /** An instant to the second, ISO 8601 UTC. */
  static String utc(Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  private String name(String userKey) {
    return users.byKey(userKey).map(HostUser::displayName).orElse(userKey);
  }

  private static String phaseName(GateConfig config, int phase) {
    return phase < config.phases().size() ? config.phases().get(phase) : "";
  }

  /** The audited text of a state: phase, open request, approvals. */
  static String text(GateState state, GateConfig config) {
    StringBuilder b = new StringBuilder();
    b.append("phase=").append(state.phaseName(config).orElse("(complete)")).append('\n');
    state
        .open()
        .ifPresent(
            r -> {
              b.append("request=").append(phaseName(config, r.phase()));
              b.append(" by ").append(r.requestedBy()).append('\n');
              b.append("ticked=").append(String.join(",", new java.util.TreeSet<>(r.ticked())));
              b.append('\n');
              new TreeMap<>(r.documents())
                  .forEach(
                      (k, v) -> b.append("document.").append(k).append('=').append(v).append('\n'));
              b.append("approvals=").append(String.join(",", r.approvals())).append('\n');
            });
    return b.toString();
  }

  private static String eventText(GateEvent e, GateConfig config) {
    return "event="
        + e.kind()
        + " "
        + phaseName(config, e.phase())
        + (e.comment().isEmpty() ? "" : "\ncomment=" + e.comment())
        + "\n";
  }

  /** Reads a form's or body's ticked ids (blank ones dropped). */
  public static Set<String> ids(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    if (raw != null) {
      raw.stream()
          .filter(Objects::nonNull)
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(out::add);
    }
    return out;
  }

  /** Reads a form's or body's document links (blank ones dropped). */
  public static Map<String, String> links(Map<String, String> raw) {
    Map<String, String> out = new HashMap<>();
    if (raw != null) {
      raw.forEach(
          (k, v) -> {
            if (k != null && v != null && !v.isBlank()) {
              out.put(k.strip(), v.strip());
            }
          });
    }
    return out;
  }
}
