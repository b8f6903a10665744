package io.lodestar.pmo.jira.portfolio.index;

import io.lodestar.pmo.app.portfolio.port.PortfolioRollups;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.PortfolioStore;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.portfolio.RollupMeasures;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import io.lodestar.pmo.engine.rollup.RollupIndex;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The node-local rollup index of a Jira node: the engine's {@link RollupIndex} over every issue,
 * built by {@link #build} from {@link RollupIssueSource} in pages of {@value #PAGE} (security
 * overridden: the index holds everything, the viewer's filter is applied per request), then kept
 * current by {@link #apply} and {@link #remove} (issue events on this node, cluster messages from
 * the others), each O(depth). It is a cache, never the source of truth: {@link #reconcile} builds a
 * fresh one, counts the nodes whose totals differ and puts the fresh one in place.
 *
 * <p><b>Tree.</b> Portfolio → program → project → epic from {@link PortfolioStore}; a Jira project
 * hangs under the first node (by key) holding it as a project scope, else it is a root. An epic's
 * own issue counts in its project, its children (Epic Link, sub-tasks through their parent) in the
 * epic. JQL and saved-filter scopes are not evaluated here. The structure is read at each build; a
 * change of structure takes effect at the next reconcile.
 *
 * <p><b>Buckets.</b> One per (project, issue security level) pair met, numbered as met. A viewer's
 * filter ({@link #visibleTo}) lets through the buckets of the projects they may browse whose level
 * is none or one they can see ({@link ViewerGrants}): worked out once per request, O(buckets).
 * Security levels whose membership depends on the issue itself (reporter, assignee, a user field)
 * are seen by nobody through this filter, so their issues count as hidden for everyone: never shown
 * to a viewer who may not browse them, at the price of under-counting for one who may.
 *
 * <p><b>Measures.</b> {@link RollupMeasures} in hours and points; the actual-cost column stays
 * empty (no worklog pricing on Jira yet).
 */
public final class JiraRollupIndex implements PortfolioRollups {

  /** Issues read per page of the build's search. */
  public static final int PAGE = 1_000;

  static final String BASIS_KEY = "lodestar.portfolio.visibility.projectAndLevelBuckets";

  private static final int MEASURES = RollupMeasures.count() + 1;

  private final PortfolioStore nodes;
  private final Function<String, Long> projectIdOfKey;
  private final RollupIssueSource source;
  private final ViewerGrants grants;
  private final Clock clock;
  private final AtomicLong buildDone = new AtomicLong();
  private final AtomicLong buildTotal = new AtomicLong();
  private volatile Built built;

  /** Changes seen while a build runs (a RollupIssue to apply, a Long id to remove); else null. */
  private List<Object> pending;

  private final Object buildLock = new Object();

  /**
   * @param nodes the portfolio structure
   * @param projectIdOfKey a Jira project's id by its key; null when no such project
   * @param source the issues
   * @param grants what a viewer may browse
   * @param clock for reconcile reports
   */
  public JiraRollupIndex(
      PortfolioStore nodes,
      Function<String, Long> projectIdOfKey,
      RollupIssueSource source,
      ViewerGrants grants,
      Clock clock) {
    this.nodes = Objects.requireNonNull(nodes, "nodes");
    this.projectIdOfKey = Objects.requireNonNull(projectIdOfKey, "projectIdOfKey");
    this.source = Objects.requireNonNull(source, "source");
    this.grants = Objects.requireNonNull(grants, "grants");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Builds the index from a full paged search and puts it in place; until then {@link #state}
   * reports the progress. Changes applied while it runs are replayed on it before it is published.
   * A failing page abandons the build (the previous index, if any, stays).
   *
   * @throws RollupIssueSource.RollupSourceException when a page of the search fails
   */
  public void build() {
    built = buildCatchingUp(true);
  }

  /**
   * Builds a fresh index while recording the changes applied meanwhile, then replays them on it in
   * order before it is published, so that no event is lost to a build (the first one especially,
   * when there is no index to apply them to yet).
   */
  private Built buildCatchingUp(boolean trackProgress) {
    synchronized (buildLock) {
      pending = new ArrayList<>();
    }
    Built fresh;
    try {
      fresh = buildFresh(trackProgress);
    } catch (RuntimeException e) {
      synchronized (buildLock) {
        pending = null;
      }
      throw e;
    }
    synchronized (buildLock) {
      for (Object change : pending) {
        if (change instanceof RollupIssue issue) {
          fresh.put(issue);
        } else {
          fresh.remove((Long) change);
        }
      }
      pending = null;
      return fresh;
    }
  }

  private void record(Object change) {
    synchronized (buildLock) {
      if (pending != null) {
        pending.add(change);
      }
    }
  }

  /** Applies one issue as it now is: O(depth); a project the build did not know is skipped. */
  public void apply(RollupIssue issue) {
    record(issue);
    Built b = built;
    if (b != null) {
      b.put(issue);
    }
  }

  /** Removes an issue (deleted); whether the index held it. */
  public boolean remove(long issueId) {
    record(issueId);
    Built b = built;
    return b != null && b.remove(issueId);
  }

  /** Whether the index holds the issue. */
  boolean holds(long issueId) {
    Built b = built;
    return b != null && b.keyOfIssue.containsKey(issueId);
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

  @Override
  public BucketFilter visibleTo(HostUser viewer) {
    Built b = built;
    if (b == null) {
      return bucket -> false;
    }
    ViewerGrants.Grants g = grants.of(viewer);
    List<long[]> pairs = b.bucketPairs();
    boolean[] visible = new boolean[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      long[] pair = pairs.get(i);
      boolean project = g.projectIds().contains(pair[0]);
      boolean level = pair[1] == NO_LEVEL || g.levelIds().contains(pair[1]);
      visible[i] = project && level;
    }
    return bucket -> bucket >= 0 && bucket < visible.length && visible[bucket];
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
    Built b = built;
    if (b == null || projectKey == null) {
      return List.of();
    }
    List<EpicRef> all = b.epicsOf(projectKey);
    return all.subList(Math.min(startAt, all.size()), Math.min(all.size(), startAt + max));
  }

  @Override
  public int epicCount(String projectKey) {
    Built b = built;
    return b == null || projectKey == null ? 0 : b.epicsOf(projectKey).size();
  }

  @Override
  public Optional<EpicRef> epic(String issueKey) {
    Built b = built;
    return b == null || issueKey == null
        ? Optional.empty()
        : Optional.ofNullable(b.epics.get(issueKey));
  }

  /**
   * {@inheritDoc} Builds a fresh index from a full search, compares every node's totals (all
   * buckets) with the running one, and puts the fresh one in place. Changes applied to the running
   * index during the build are applied again by their events only if they come after it; the caller
   * runs this at night.
   *
   * @throws RollupIssueSource.RollupSourceException when a page of the search fails (the running
   *     index stays)
   */
  @Override
  public ReconcileReport reconcile() {
    Built before = built;
    Built fresh = buildCatchingUp(before == null);
    List<String> drifted = new ArrayList<>();
    int driftedCount = 0;
    for (String key : fresh.nodeKeys) {
      Rollup now = fresh.index.rollup(fresh.index.node(key), BucketFilter.ALL);
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
    return new ReconcileReport(
        clock.instant(),
        before == null ? 0 : before.index.issues(),
        fresh.index.issues(),
        drifted,
        driftedCount);
  }

  private Built buildFresh(boolean trackProgress) {
    Built b = structure();
    long total = source.total();
    if (trackProgress) {
      buildTotal.set(total);
      buildDone.set(0);
    }
    for (int start = 0; ; start += PAGE) {
      List<RollupIssue> page = source.page(start, PAGE);
      for (RollupIssue issue : page) {
        b.put(issue);
      }
      if (trackProgress) {
        buildDone.addAndGet(page.size());
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    b.index.cluster();
    return b;
  }

  private Built structure() {
    Built b = new Built(new RollupIndex(MEASURES, 1_024));
    Map<String, String> holderOfProject = new HashMap<>();
    List<PortfolioNode> all = nodes.list(0, PortfolioStore.MAX_LIST);
    for (PortfolioNode n : all) {
      if (n.kind() == PortfolioNodeKind.PORTFOLIO) {
        b.addNode("portfolio:" + n.key(), -1);
      }
    }
    for (PortfolioNode n : all) {
      if (n.kind() == PortfolioNodeKind.PROGRAM) {
        b.addNode("program:" + n.key(), b.index.node("portfolio:" + n.parentKey()));
      }
    }
    for (PortfolioNode n : all) {
      String holder =
          (n.kind() == PortfolioNodeKind.PORTFOLIO ? "portfolio:" : "program:") + n.key();
      for (ProjectScope scope : n.scopes()) {
        if (scope instanceof ProjectScope.JiraProject p) {
          holderOfProject.merge(p.projectKey(), holder, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
      }
    }
    for (Map.Entry<String, String> e : new TreeMap<>(holderOfProject).entrySet()) {
      Long id = projectIdOfKey.apply(e.getKey());
      if (id != null) {
        b.projectNode.put(id, b.addNode("project:" + e.getKey(), b.index.node(e.getValue())));
        b.projectKeys.put(id, e.getKey());
      }
    }
    return b;
  }

  private static final long NO_LEVEL = -1L;

  /** A built index with its maps; the maps are concurrent, the index serialises its writers. */
  private final class Built {
    final RollupIndex index;
    final Map<Long, Integer> projectNode = new ConcurrentHashMap<>();
    final Map<Long, String> projectKeys = new ConcurrentHashMap<>();
    final Map<String, Integer> bucketOfPair = new ConcurrentHashMap<>();
    final List<long[]> pairs = new ArrayList<>();
    final Map<Long, String> keyOfIssue = new ConcurrentHashMap<>();
    final Map<String, EpicRef> epics = new ConcurrentHashMap<>();
    final List<String> nodeKeys = new ArrayList<>();

    Built(RollupIndex index) {
      this.index = index;
    }

    synchronized int addNode(String key, int parent) {
      nodeKeys.add(key);
      return index.addNode(key, parent);
    }

    synchronized List<long[]> bucketPairs() {
      return List.copyOf(pairs);
    }

    synchronized int bucket(long projectId, Long levelId) {
      long level = levelId == null ? NO_LEVEL : levelId;
      String pair = projectId + "/" + level;
      Integer found = bucketOfPair.get(pair);
      if (found != null) {
        return found;
      }
      int bucket = pairs.size();
      pairs.add(new long[] {projectId, level});
      bucketOfPair.put(pair, bucket);
      return bucket;
    }

    synchronized List<EpicRef> epicsOf(String projectKey) {
      return epics.values().stream()
          .filter(e -> e.projectKey().equals(projectKey))
          .sorted(
              (x, y) -> {
                int byLength = Integer.compare(x.key().length(), y.key().length());
                return byLength != 0 ? byLength : x.key().compareTo(y.key());
              })
          .toList();
    }

    synchronized boolean remove(long issueId) {
      String key = keyOfIssue.remove(issueId);
      if (key != null) {
        epics.remove(key);
      }
      return index.remove(issueId);
    }

    synchronized void put(RollupIssue r) {
      Integer projectNodeId = projectNode.get(r.projectId());
      if (projectNodeId == null) {
        // a project in no portfolio (or created after the build): not indexed; if it moved
        // out of its project, the old row goes
        if (keyOfIssue.containsKey(r.id())) {
          remove(r.id());
        }
        return;
      }
      int parent = projectNodeId;
      String projectKey = projectKeys.get(r.projectId());
      String oldKey = keyOfIssue.put(r.id(), r.key());
      if (oldKey != null && !oldKey.equals(r.key())) {
        epics.remove(oldKey);
      }
      if (r.epic()) {
        epicNode(r.key(), projectNodeId);
        epics.put(r.key(), new EpicRef(r.key(), r.summary(), projectKey));
      } else {
        epics.remove(r.key());
        if (r.epicKey() != null) {
          parent = epicNode(r.epicKey(), projectNodeId);
        }
      }
      float[] values = new float[MEASURES];
      values[RollupMeasures.ORIGINAL_ESTIMATE_HOURS.column()] = hours(r.originalSeconds());
      boolean tracked =
          r.remainingSeconds() != null || (r.spentSeconds() != null && r.spentSeconds() > 0);
      values[RollupMeasures.REMAINING_ESTIMATE_HOURS.column()] =
          r.remainingSeconds() != null ? hours(r.remainingSeconds()) : tracked ? 0f : Float.NaN;
      values[RollupMeasures.TIME_SPENT_HOURS.column()] = hours(r.spentSeconds());
      values[RollupMeasures.STORY_POINTS.column()] =
          r.points() == null ? Float.NaN : r.points().floatValue();
      values[RollupMeasures.STORY_POINTS_DONE.column()] =
          r.points() == null
              ? Float.NaN
              : r.status() == io.lodestar.pmo.engine.rollup.StatusCategory.DONE
                  ? r.points().floatValue()
                  : 0f;
      values[ACTUAL_COST] = Float.NaN;
      index.upsert(r.id(), parent, bucket(r.projectId(), r.securityLevelId()), r.status(), values);
    }

    private int epicNode(String epicKey, int projectNodeId) {
      String key = "epic:" + epicKey;
      int node = index.node(key);
      return node >= 0 ? node : addNode(key, projectNodeId);
    }

    private float hours(Long seconds) {
      return seconds == null ? Float.NaN : seconds / 3600f;
    }
  }
}
