package io.lodestar.pmo.sandbox.portfolio;

import io.lodestar.pmo.app.portfolio.port.PortfolioRollups;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.engine.evm.RateCard;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.PortfolioStore;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.portfolio.RollupMeasures;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import io.lodestar.pmo.engine.rollup.RollupIndex;
import io.lodestar.pmo.engine.rollup.StatusCategory;
import io.lodestar.pmo.engine.shared.Money;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's rollup index: the engine's {@link RollupIndex} built from the database at start-up
 * in the background ({@link #buildInBackground}, pages of {@link #PAGE} issues in id order, with
 * progress) and kept current from {@link RollupIndexJournal}: each committed entry re-reads its
 * issue's row and worklogs (one indexed look-up each) and moves it in O(depth); an issue whose epic
 * changed takes its sub-tasks along.
 *
 * <p><b>Tree.</b> Portfolio → program → project → epic, from {@link PortfolioStore}: a project
 * hangs under the node that holds its scope ({@code portfolio_scope}), or is a root when none does.
 * An epic's own issue counts in its project, its children (Epic Link, or a parent that is an epic,
 * and sub-tasks through their parent's epic) in the epic. JQL and saved-filter scopes are not
 * evaluated (the sandbox has no JQL engine); the overview says so.
 *
 * <p><b>Buckets.</b> The sandbox has no issue security levels, so a bucket is a project: a viewer's
 * rollup adds the buckets of the projects they may browse and counts the rest as hidden. Jira's
 * adapter keys buckets by (project, security level).
 *
 * <p><b>Measures.</b> {@link RollupMeasures} in hours and points, then the actual cost: the issue's
 * worklogs priced by the rate card ({@code cost_rate}, roles from {@code person_role}) of its
 * project's currency (the profile's, else the holding node's), on each worklog's date. It is kept
 * per issue as a {@code float} (about 7 significant digits) and shown rounded to cents. A change of
 * rates, profiles or portfolio structure takes effect at the next {@link #reconcile}.
 */
public final class SandboxRollupIndex implements PortfolioRollups, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxRollupIndex.class);

  /** Issues read per page while building. */
  static final int PAGE = 5_000;

  /** Journal entries applied per round. */
  static final int JOURNAL_PAGE = 1_000;

  static final String BASIS_KEY = "lodestar.portfolio.visibility.projectBuckets";

  private static final int MEASURES = RollupMeasures.count() + 1;

  private static final String ISSUE_COLUMNS =
      "SELECT i.id, i.issue_key, i.project_id, i.status_category, i.story_points,"
          + " i.original_estimate_seconds, i.remaining_estimate_seconds, i.time_spent_seconds,"
          + " t.name AS type_name, COALESCE(i.epic_key, CASE WHEN pt.name = 'Epic' THEN"
          + " par.issue_key ELSE par.epic_key END) AS epic FROM issue i JOIN issue_type t ON t.id ="
          + " i.issue_type_id LEFT JOIN issue par ON par.issue_key = i.parent_key LEFT JOIN"
          + " issue_type pt ON pt.id = par.issue_type_id";

  private final SandboxStore store;
  private final PortfolioStore nodes;
  private final ProjectDirectory projects;
  private final Clock clock;
  private final ExecutorService builds;
  private final AtomicLong buildDone = new AtomicLong();
  private final AtomicLong buildTotal = new AtomicLong();
  private volatile Built built;

  public SandboxRollupIndex(
      SandboxStore store, PortfolioStore nodes, ProjectDirectory projects, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.nodes = Objects.requireNonNull(nodes, "nodes");
    this.projects = Objects.requireNonNull(projects, "projects");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.builds =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "lodestar-rollup-index");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts the first build in the background; pages say "index warming" until it is done. */
  public void buildInBackground() {
    builds.submit(
        () -> {
          try {
            Built fresh = build(true);
            synchronized (this) {
              built = fresh;
              drainJournal();
            }
            LOG.info("rollup index ready: {} issues", fresh.index.issues());
          } catch (RuntimeException e) {
            LOG.error("the rollup index could not be built: {}", e.getMessage(), e);
          }
        });
  }

  /** Builds synchronously (tests, reconcile). */
  public synchronized void buildNow() {
    built = build(true);
    drainJournal();
  }

  @Override
  public IndexState state() {
    Built b = built;
    if (b != null) {
      return new IndexState(true, 100, b.index.issues(), BASIS_KEY);
    }
    long total = buildTotal.get();
    int percent = total == 0 ? 0 : (int) Math.min(99, 100 * buildDone.get() / total);
    return new IndexState(false, percent, buildDone.get(), BASIS_KEY);
  }

  /** {@inheritDoc} Applies the committed journal first, so the answer includes every write. */
  @Override
  public BucketFilter visibleTo(HostUser viewer) {
    Built b;
    synchronized (this) {
      drainJournal();
      b = built;
    }
    if (b == null) {
      return bucket -> false;
    }
    boolean[] visible = new boolean[b.bucketOfProject.size() + 1];
    for (ProjectRef p : projects.browsableBy(viewer)) {
      Integer bucket = b.bucketOfProject.get(p.id());
      if (bucket != null && bucket < visible.length) {
        visible[bucket] = true;
      }
    }
    return bucket -> bucket < visible.length && visible[bucket];
  }

  @Override
  public Optional<Rollup> rollup(String nodeKey, BucketFilter visible) {
    Built b = built;
    if (b == null || nodeKey == null) {
      return Optional.empty();
    }
    int node = b.index.node(nodeKey);
    return node < 0 ? Optional.empty() : Optional.of(b.index.rollup(node, visible));
  }

  @Override
  public List<EpicRef> epics(String projectKey, int startAt, int max) {
    if (startAt < 0 || max < 0 || max > MAX_EPICS) {
      throw new IllegalArgumentException("startAt >= 0 and max within [0, " + MAX_EPICS + "]");
    }
    return store.inTransaction(
        c -> {
          List<EpicRef> epics = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.issue_key, i.summary, p.project_key FROM issue i JOIN project p ON p.id"
                      + " = i.project_id JOIN issue_type t ON t.id = i.issue_type_id WHERE"
                      + " p.project_key = ? AND t.name = 'Epic' ORDER BY i.issue_number LIMIT ?"
                      + " OFFSET ?")) {
            ps.setString(1, projectKey);
            ps.setInt(2, max);
            ps.setInt(3, startAt);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                epics.add(new EpicRef(rs.getString(1), rs.getString(2), rs.getString(3)));
              }
            }
          }
          return epics;
        });
  }

  @Override
  public int epicCount(String projectKey) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM issue i JOIN project p ON p.id = i.project_id JOIN"
                      + " issue_type t ON t.id = i.issue_type_id WHERE p.project_key = ? AND"
                      + " t.name = 'Epic'")) {
            ps.setString(1, projectKey);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getInt(1);
            }
          }
        });
  }

  @Override
  public Optional<EpicRef> epic(String issueKey) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.issue_key, i.summary, p.project_key FROM issue i JOIN project p ON p.id"
                      + " = i.project_id JOIN issue_type t ON t.id = i.issue_type_id WHERE"
                      + " i.issue_key = ? AND t.name = 'Epic'")) {
            ps.setString(1, issueKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new EpicRef(rs.getString(1), rs.getString(2), rs.getString(3)))
                  : Optional.<EpicRef>empty();
            }
          }
        });
  }

  /**
   * {@inheritDoc} Builds a fresh index from the database, compares every node's totals (all
   * buckets) with the running one, and puts the fresh one in place.
   */
  @Override
  public synchronized ReconcileReport reconcile() {
    drainJournal();
    Built before = built;
    Built fresh = build(false);
    List<String> drifted = new ArrayList<>();
    int driftedCount = 0;
    long issuesBefore = before == null ? 0 : before.index.issues();
    for (String key : fresh.nodeKeys) {
      int freshNode = fresh.index.node(key);
      Rollup now = fresh.index.rollup(freshNode, BucketFilter.ALL);
      int oldNode = before == null ? -1 : before.index.node(key);
      Rollup old = oldNode < 0 ? null : before.index.rollup(oldNode, BucketFilter.ALL);
      if (old == null ? now.issues() > 0 : !old.closeTo(now, 0.01)) {
        driftedCount++;
        if (drifted.size() < 20) {
          drifted.add(key);
        }
      }
    }
    built = fresh;
    drainJournal();
    return new ReconcileReport(
        clock.instant(), issuesBefore, fresh.index.issues(), drifted, driftedCount);
  }

  @Override
  public void close() {
    builds.shutdownNow();
    try {
      builds.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Applies the committed journal to the built index, {@link #JOURNAL_PAGE} entries per
   * transaction; nothing while it is not built. An entry is deleted in the transaction that applied
   * it; applying one twice (after a failed commit) changes nothing, since it re-reads the issue.
   */
  private void drainJournal() {
    Built b = built;
    if (b == null) {
      return;
    }
    while (store.inTransaction(c -> drainRound(c, b))) {
      // next round
    }
  }

  private boolean drainRound(Connection c, Built b) throws SQLException {
    List<long[]> entries = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, issue_id FROM rollup_index_journal ORDER BY id LIMIT " + JOURNAL_PAGE);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        entries.add(new long[] {rs.getLong(1), rs.getLong(2)});
      }
    }
    if (entries.isEmpty()) {
      return false;
    }
    for (long[] entry : entries) {
      apply(c, b, entry[1], true);
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM rollup_index_journal WHERE id <= ?")) {
      ps.setLong(1, entries.get(entries.size() - 1)[0]);
      ps.executeUpdate();
    }
    return entries.size() == JOURNAL_PAGE;
  }

  /** Re-reads one issue into the index (or removes it); with its sub-tasks when asked. */
  private void apply(Connection c, Built b, long issueId, boolean withSubtasks)
      throws SQLException {
    String key = null;
    try (PreparedStatement ps = c.prepareStatement(ISSUE_COLUMNS + " WHERE i.id = ?")) {
      ps.setLong(1, issueId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          key = rs.getString("issue_key");
          Map<Long, float[]> costs = new HashMap<>();
          costs.put(issueId, new float[] {Float.NaN});
          worklogCosts(c, b, issueId, issueId, costs, Map.of(issueId, rs.getLong("project_id")));
          b.put(rs, costs.get(issueId)[0]);
        } else {
          b.index.remove(issueId);
        }
      }
    }
    if (withSubtasks && key != null) {
      List<Long> children = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM issue WHERE parent_key = ?")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            children.add(rs.getLong(1));
          }
        }
      }
      for (long child : children) {
        apply(c, b, child, false);
      }
    }
  }

  private Built build(boolean trackProgress) {
    Built b = store.inTransaction(this::structure);
    long total =
        store.inTransaction(
            c -> {
              try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM issue");
                  ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
              }
            });
    if (trackProgress) {
      buildTotal.set(total);
      buildDone.set(0);
    }
    long after = Long.MIN_VALUE;
    while (true) {
      long from = after;
      Long last =
          store.inTransaction(
              c -> {
                Map<Long, float[]> costs = new HashMap<>();
                Map<Long, Long> projectOfIssue = new HashMap<>();
                List<IssueRow> rows = new ArrayList<>();
                long first = Long.MAX_VALUE;
                long max = Long.MIN_VALUE;
                try (PreparedStatement ps =
                    c.prepareStatement(ISSUE_COLUMNS + " WHERE i.id > ? ORDER BY i.id LIMIT ?")) {
                  ps.setLong(1, from);
                  ps.setInt(2, PAGE);
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      long id = rs.getLong("id");
                      first = Math.min(first, id);
                      max = Math.max(max, id);
                      costs.put(id, new float[] {Float.NaN});
                      projectOfIssue.put(id, rs.getLong("project_id"));
                      rows.add(IssueRow.read(rs));
                    }
                  }
                }
                if (rows.isEmpty()) {
                  return null;
                }
                worklogCosts(c, b, first, max, costs, projectOfIssue);
                for (IssueRow r : rows) {
                  b.put(r, costs.get(r.id)[0]);
                }
                if (trackProgress) {
                  buildDone.addAndGet(rows.size());
                }
                return max;
              });
      if (last == null) {
        break;
      }
      after = last;
    }
    b.index.cluster();
    return b;
  }

  /** Prices the worklogs of issues {@code first..last} into {@code costs}. */
  private void worklogCosts(
      Connection c,
      Built b,
      long first,
      long last,
      Map<Long, float[]> costs,
      Map<Long, Long> projectOfIssue)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT issue_id, author_key, started, time_spent_seconds FROM worklog WHERE issue_id"
                + " BETWEEN ? AND ?")) {
      ps.setLong(1, first);
      ps.setLong(2, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long issue = rs.getLong(1);
          float[] cost = costs.get(issue);
          Long project = projectOfIssue.get(issue);
          if (cost == null || project == null) {
            continue;
          }
          RateCard card = b.cardOfProject.get(project);
          if (card == null) {
            continue;
          }
          String author = rs.getString(2);
          LocalDate day = Sql.instant(rs, "started").atOffset(ZoneOffset.UTC).toLocalDate();
          BigDecimal hours = BigDecimal.valueOf(rs.getLong(4)).divide(BigDecimal.valueOf(3600));
          Money priced =
              card.cost(
                  author == null ? "" : author,
                  Optional.ofNullable(author == null ? null : b.roles.get(author)),
                  day,
                  hours);
          float value = priced.amount().floatValue();
          cost[0] = Float.isNaN(cost[0]) ? value : cost[0] + value;
        }
      }
    }
  }

  /** The tree, buckets, rate cards and roles, read in one transaction. */
  private Built structure(Connection c) throws SQLException {
    RollupIndex index = new RollupIndex(MEASURES, 1_024);
    Built b = new Built(index);
    Map<String, String> holderOfProject = new HashMap<>();
    Map<String, String> currencyOfNode = new HashMap<>();
    List<PortfolioNode> all = nodes.list(0, PortfolioStore.MAX_LIST);
    for (PortfolioNode n : all) {
      currencyOfNode.put(n.key(), n.currency());
      if (n.kind() == PortfolioNodeKind.PORTFOLIO) {
        b.addNode("portfolio:" + n.key(), -1);
      }
    }
    for (PortfolioNode n : all) {
      if (n.kind() == PortfolioNodeKind.PROGRAM) {
        b.addNode("program:" + n.key(), index.node("portfolio:" + n.parentKey()));
      }
    }
    for (PortfolioNode n : all) {
      for (ProjectScope scope : n.scopes()) {
        if (scope instanceof ProjectScope.JiraProject p) {
          holderOfProject.putIfAbsent(p.projectKey(), nodeKey(n));
        }
      }
    }
    Map<String, List<RateCard.Rate>[]> rates = new HashMap<>();
    Map<String, Money> defaults = new HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT currency, subject_kind, subject, effective_from, hourly FROM cost_rate"
                    + " ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String currency = rs.getString(1);
        Money hourly = Money.of(rs.getBigDecimal(5), currency);
        @SuppressWarnings("unchecked")
        List<RateCard.Rate>[] lists =
            rates.computeIfAbsent(currency, k -> new List[] {new ArrayList<>(), new ArrayList<>()});
        switch (rs.getString(2)) {
          case "DEFAULT" -> defaults.put(currency, hourly);
          case "USER" ->
              lists[0].add(
                  new RateCard.Rate(rs.getString(3), Sql.date(rs, "effective_from"), hourly));
          default ->
              lists[1].add(
                  new RateCard.Rate(rs.getString(3), Sql.date(rs, "effective_from"), hourly));
        }
      }
    }
    Map<String, RateCard> cards = new HashMap<>();
    for (Map.Entry<String, Money> d : defaults.entrySet()) {
      List<RateCard.Rate>[] lists = rates.get(d.getKey());
      cards.put(d.getKey(), RateCard.of(d.getValue(), lists[0], lists[1]));
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT user_key, role FROM person_role");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        b.roles.put(rs.getString(1), rs.getString(2));
      }
    }
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT p.id, p.project_key, f.currency FROM project p LEFT JOIN project_profile f"
                    + " ON f.project_id = p.id ORDER BY p.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        String key = rs.getString(2);
        String holder = holderOfProject.get(key);
        int parent = holder == null ? -1 : index.node(holder);
        int node = b.addNode("project:" + key, parent);
        b.projectNode.put(id, node);
        b.bucketOfProject.put(id, b.bucketOfProject.size());
        String currency = rs.getString(3);
        if (currency == null && holder != null) {
          currency = currencyOfNode.get(holder.substring(holder.indexOf(':') + 1));
        }
        RateCard card = currency == null ? null : cards.get(currency);
        if (card != null) {
          b.cardOfProject.put(id, card);
        }
      }
    }
    return b;
  }

  private static String nodeKey(PortfolioNode n) {
    return (n.kind() == PortfolioNodeKind.PORTFOLIO ? "portfolio:" : "program:") + n.key();
  }

  /** One issue row as read. */
  private record IssueRow(
      long id,
      String key,
      long projectId,
      StatusCategory status,
      boolean epic,
      String epicKey,
      BigDecimal points,
      Long original,
      Long remaining,
      Long spent) {

    static IssueRow read(ResultSet rs) throws SQLException {
      return new IssueRow(
          rs.getLong("id"),
          rs.getString("issue_key"),
          rs.getLong("project_id"),
          category(rs.getString("status_category")),
          "Epic".equals(rs.getString("type_name")),
          rs.getString("epic"),
          rs.getBigDecimal("story_points"),
          Sql.longValue(rs, "original_estimate_seconds"),
          Sql.longValue(rs, "remaining_estimate_seconds"),
          Sql.longValue(rs, "time_spent_seconds"));
    }
  }

  private static StatusCategory category(String stored) {
    return switch (stored) {
      case "done" -> StatusCategory.DONE;
      case "indeterminate" -> StatusCategory.IN_PROGRESS;
      default -> StatusCategory.TO_DO;
    };
  }

  /** A built index with its node and bucket maps; changed only under the index's monitor. */
  private static final class Built {
    final RollupIndex index;
    final Map<Long, Integer> projectNode = new HashMap<>();
    final Map<Long, Integer> bucketOfProject = new HashMap<>();
    final Map<Long, RateCard> cardOfProject = new HashMap<>();
    final Map<String, String> roles = new HashMap<>();
    final List<String> nodeKeys = new ArrayList<>();

    Built(RollupIndex index) {
      this.index = index;
    }

    int addNode(String key, int parent) {
      nodeKeys.add(key);
      return index.addNode(key, parent);
    }

    void put(ResultSet rs, float cost) throws SQLException {
      put(IssueRow.read(rs), cost);
    }

    void put(IssueRow r, float cost) {
      Integer projectNodeId = projectNode.get(r.projectId);
      Integer bucket = bucketOfProject.get(r.projectId);
      if (projectNodeId == null || bucket == null) {
        return; // a project created after the build: the next reconcile takes it
      }
      int parent = projectNodeId;
      if (r.epic) {
        epicNode(r.key, projectNodeId);
      } else if (r.epicKey != null) {
        parent = epicNode(r.epicKey, projectNodeId);
      }
      float[] values = new float[MEASURES];
      values[RollupMeasures.ORIGINAL_ESTIMATE_HOURS.column()] = hours(r.original);
      boolean tracked = r.remaining != null || (r.spent != null && r.spent > 0);
      values[RollupMeasures.REMAINING_ESTIMATE_HOURS.column()] =
          r.remaining != null ? hours(r.remaining) : tracked ? 0f : Float.NaN;
      values[RollupMeasures.TIME_SPENT_HOURS.column()] = hours(r.spent);
      values[RollupMeasures.STORY_POINTS.column()] =
          r.points == null ? Float.NaN : r.points.floatValue();
      values[RollupMeasures.STORY_POINTS_DONE.column()] =
          r.points == null
              ? Float.NaN
              : r.status == StatusCategory.DONE ? r.points.floatValue() : 0f;
      values[ACTUAL_COST] = cost;
      index.upsert(r.id, parent, bucket, r.status, values);
    }

    private int epicNode(String epicKey, int projectNodeId) {
      String key = "epic:" + epicKey;
      int node = index.node(key);
      return node >= 0 ? node : addNode(key, projectNodeId);
    }

    private static float hours(Long seconds) {
      return seconds == null ? Float.NaN : seconds / 3600f;
    }
  }
}
