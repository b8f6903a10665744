package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.RiskAssessor;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.register.HeatMap;
import io.lodestar.pmo.engine.risk.register.MaterialisedAssessment;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.register.RegisterSummary;
import io.lodestar.pmo.engine.risk.register.RegisterTally;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.service.AssessmentStamp;
import io.lodestar.pmo.sandbox.shared.host.ProjectAccess;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine's {@link AssessedRiskIndex} on the sandbox database (schema V4): each risk issue's
 * {@link MaterialisedAssessment} in {@code risk_assessment} (one index per register order, so that
 * a page is an index range read with {@code LIMIT/OFFSET}), the project's {@link RegisterTally}
 * entries in {@code risk_tally}, and the state per project in {@code risk_index_state}.
 *
 * <p><b>Maintenance.</b> Every issue write records the issue in {@code risk_index_journal} in the
 * writing transaction ({@link RiskIndexJournal#issueWritten}, called by the importer's issue
 * writer, the lowest write point every issue write goes through); the next read of that project
 * applies the journal (subtracting each issue's old tally entries, adding its new ones) under the
 * project's state-row lock before answering, so a register never answers from values older than a
 * committed write. A journal longer than {@value #INLINE_JOURNAL_LIMIT} entries, a project never
 * indexed, or settings or a model that changed (another {@link AssessmentStamp}) make the project
 * inconsistent: the read answers empty (the service walks, the page says "recomputing N %") and a
 * background thread rebuilds the project in batches of {@value #BATCH}, reporting progress.
 *
 * <p><b>Visibility.</b> The sandbox has no issue security: a viewer may browse all of a project's
 * risks or none ({@link ProjectAccess}), exactly as {@link SqlRiskSource}; the index answers the
 * hidden count from the tallies.
 */
public final class SqlAssessedRiskIndex implements AssessedRiskIndex, AutoCloseable {

  /** Risks per rebuild transaction. */
  static final int BATCH = 500;

  /** Longest journal a read applies itself; a longer one is a rebuild's work. */
  static final int INLINE_JOURNAL_LIMIT = 1000;

  /**
   * Longest encoded field text kept with a row ({@link RecordFields}); a longer record is not kept
   * and the pages that hold it are read from the source.
   */
  static final int MAX_RECORD_FIELDS = 1_000_000;

  /** Most stamps whose field mapping is remembered ({@link #mapping}). */
  private static final int MAPPINGS = 256;

  private static final Logger LOG = Logger.getLogger(SqlAssessedRiskIndex.class.getName());

  private final SandboxStore store;
  private final SqlRiskSource source;
  private final RiskProjectSettingsStore settingsStore;
  private final ScoringModelStore modelStore;
  private final ExecutorService rebuilds;
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final AtomicLong rowsRead = new AtomicLong();
  private final Map<String, RiskFieldMapping> mappings = new ConcurrentHashMap<>();

  public SqlAssessedRiskIndex(
      SandboxStore store,
      SqlRiskSource source,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore) {
    this.store = Objects.requireNonNull(store, "store");
    this.source = Objects.requireNonNull(source, "source");
    this.settingsStore = Objects.requireNonNull(settingsStore, "settingsStore");
    this.modelStore = Objects.requireNonNull(modelStore, "modelStore");
    this.rebuilds =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "lodestar-risk-index");
              t.setDaemon(true);
              return t;
            });
  }

  /** Rows of {@code risk_assessment} and {@code risk_tally} read by answers so far (tests). */
  long rowsRead() {
    return rowsRead.get();
  }

  // ------------------------------------------------------------------------------------ answers

  @Override
  public Progress progress(String projectKey, String stamp) {
    State state = store.inTransaction(c -> state(c, projectKey));
    if (state == null) {
      return Progress.CONSISTENT;
    }
    if (stamp.equals(state.stamp()) && state.pending() <= INLINE_JOURNAL_LIMIT) {
      return Progress.CONSISTENT;
    }
    schedule(projectKey);
    return stamp.equals(state.target())
        ? new Progress(false, state.done(), state.total())
        : new Progress(false, 0, state.total());
  }

  @Override
  public Optional<KeyWindow> window(
      String viewerKey,
      String projectKey,
      String stamp,
      RegisterFilter filter,
      RegisterSort sort,
      int startAt,
      int maxResults) {
    if (filter.cell() != null && filter.cell().state() == RiskState.TARGET) {
      return Optional.empty();
    }
    Optional<Project> ready = ready(projectKey, stamp);
    if (ready.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        store.inTransaction(
            c -> {
              Project p = ready.get();
              Sight sight = sight(c, viewerKey, p);
              long total = p.id() < 0 ? 0 : total(c, p.id());
              if (sight != Sight.ALL) {
                return new KeyWindow(List.of(), 0, 0, sight == Sight.NONE ? total : 0);
              }
              return new KeyWindow(
                  keys(c, p.id(), filter, sort, startAt, maxResults),
                  matched(c, p.id(), filter, total),
                  total,
                  0);
            }));
  }

  /**
   * The window's records from the rows' kept records, with the viewer's mitigation keys read for
   * the window's risks only ({@link SqlRiskSource#mitigationKeys}); empty as {@link #window}, and
   * when a row of the window holds no record (one too long to keep).
   */
  @Override
  public Optional<RecordWindow> recordWindow(
      String viewerKey,
      String projectKey,
      String stamp,
      RegisterFilter filter,
      RegisterSort sort,
      int startAt,
      int maxResults) {
    if (filter.cell() != null && filter.cell().state() == RiskState.TARGET) {
      return Optional.empty();
    }
    Optional<Project> ready = ready(projectKey, stamp);
    if (ready.isEmpty()) {
      return Optional.empty();
    }
    Optional<RiskFieldMapping> mapping = mapping(projectKey, stamp);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    return store.inTransaction(
        c -> {
          Project p = ready.get();
          Sight sight = sight(c, viewerKey, p);
          long total = p.id() < 0 ? 0 : total(c, p.id());
          if (sight != Sight.ALL) {
            return Optional.of(new RecordWindow(List.of(), 0, 0, sight == Sight.NONE ? total : 0));
          }
          Where where = where(p.id(), filter);
          String[] order = order(sort);
          Optional<List<RawRiskRecord>> records =
              records(
                  c,
                  p,
                  viewerKey,
                  mapping.get(),
                  "SELECT "
                      + RECORD_COLUMNS
                      + " FROM risk_assessment USE INDEX ("
                      + order[0]
                      + ") WHERE "
                      + where.sql()
                      + " ORDER BY "
                      + order[1]
                      + " LIMIT ? OFFSET ?",
                  where.parameters(),
                  maxResults,
                  startAt);
          if (records.isEmpty()) {
            return Optional.<RecordWindow>empty();
          }
          return Optional.of(
              new RecordWindow(records.get(), matched(c, p.id(), filter, total), total, 0));
        });
  }

  /**
   * The project's {@code answer_version} (raised by every journal application and rebuild, in their
   * transaction), its id and the stamp, and the viewer's visibility class: what {@link #sight}
   * decides and, for a viewer who sees the risks, the projects whose issues they may browse (which
   * mitigation keys they see). Read after {@link #ready} applied the journal, so a request that
   * starts after a write committed reads a version above every answer computed before it.
   */
  @Override
  public Optional<String> answerVersion(String viewerKey, String projectKey, String stamp) {
    Optional<Project> ready = ready(projectKey, stamp);
    if (ready.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        store.inTransaction(
            c -> {
              Project p = ready.get();
              StringBuilder token = new StringBuilder().append(p.id()).append('/');
              if (p.id() >= 0) {
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT answer_version FROM risk_index_state WHERE project_id = ?")) {
                  ps.setLong(1, p.id());
                  try (ResultSet rs = ps.executeQuery()) {
                    token.append(rs.next() ? rs.getLong(1) : -1);
                  }
                }
              }
              Sight sight = sight(c, viewerKey, p);
              token.append('/').append(stamp).append('/').append(sight);
              if (sight == Sight.ALL) {
                token.append('/');
                if (viewerKey == null) {
                  token.append("system");
                } else {
                  token.append(
                      new java.util.TreeSet<>(SqlRiskSource.browsableProjectIds(c, viewerKey)));
                }
              }
              return token.toString();
            }));
  }

  /** The worst risks' records as {@link #recordWindow} reads them, in {@link #topKeys} order. */
  @Override
  public Optional<List<RawRiskRecord>> topRecords(
      String viewerKey, String projectKey, String stamp, int n) {
    Optional<Project> ready = ready(projectKey, stamp);
    if (ready.isEmpty()) {
      return Optional.empty();
    }
    Optional<RiskFieldMapping> mapping = mapping(projectKey, stamp);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    return store.inTransaction(
        c -> {
          Project p = ready.get();
          if (n <= 0 || sight(c, viewerKey, p) != Sight.ALL) {
            return Optional.of(List.<RawRiskRecord>of());
          }
          return records(
              c,
              p,
              viewerKey,
              mapping.get(),
              "SELECT "
                  + RECORD_COLUMNS
                  + " FROM risk_assessment USE INDEX (ix_ra_top) WHERE project_id = ? AND active ="
                  + " TRUE AND score_missing = FALSE ORDER BY project_id, active, score_missing,"
                  + " score DESC, band_rank DESC, key_prefix, key_number, issue_key LIMIT ? OFFSET"
                  + " ?",
              List.of(p.id()),
              n,
              0);
        });
  }

  private static final String RECORD_COLUMNS =
      "issue_key, rec_kept, rec_summary, rec_status_category, rec_fields";

  /**
   * The records of a query over {@link #RECORD_COLUMNS} (parameters, then limit and offset), with
   * the viewer's mitigation keys; empty when a row holds no record.
   */
  private Optional<List<RawRiskRecord>> records(
      Connection c,
      Project p,
      String viewerKey,
      RiskFieldMapping mapping,
      String sql,
      List<Object> parameters,
      int limit,
      int offset)
      throws SQLException {
    record Kept(String key, String summary, String statusCategory, String fields) {}
    List<Kept> rows = new ArrayList<>(limit);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = bind(ps, parameters);
      ps.setInt(i++, limit);
      ps.setInt(i, offset);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!rs.getBoolean(2)) {
            return Optional.empty();
          }
          rows.add(new Kept(rs.getString(1), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
      }
    }
    rowsRead.addAndGet(rows.size());
    Map<String, List<String>> mitigations =
        SqlRiskSource.mitigationKeys(c, rows.stream().map(Kept::key).toList(), mapping, viewerKey);
    List<RawRiskRecord> records = new ArrayList<>(rows.size());
    for (Kept k : rows) {
      records.add(
          new RawRiskRecord(
              k.key(),
              p.key(),
              k.summary(),
              k.statusCategory(),
              RecordFields.decode(k.fields()),
              mitigations.getOrDefault(k.key(), List.of())));
    }
    return Optional.of(records);
  }

  /**
   * The field mapping of the settings {@code stamp} names, remembered per stamp (a stamp names one
   * settings and model version); empty when the project's current settings have another stamp.
   */
  private Optional<RiskFieldMapping> mapping(String projectKey, String stamp) {
    RiskFieldMapping known = mappings.get(stamp);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Basis> basis = basis(projectKey);
    if (basis.isEmpty() || !basis.get().stamp().equals(stamp)) {
      return Optional.empty();
    }
    if (mappings.size() >= MAPPINGS) {
      mappings.clear();
    }
    mappings.put(stamp, basis.get().settings().mapping());
    return Optional.of(basis.get().settings().mapping());
  }

  @Override
  public Optional<List<String>> topKeys(String viewerKey, String projectKey, String stamp, int n) {
    Optional<Project> ready = ready(projectKey, stamp);
    if (ready.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        store.inTransaction(
            c -> {
              Project p = ready.get();
              if (n <= 0 || sight(c, viewerKey, p) != Sight.ALL) {
                return List.<String>of();
              }
              List<String> keys = new ArrayList<>(n);
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT issue_key FROM risk_assessment USE INDEX (ix_ra_top) WHERE"
                          + " project_id = ? AND active = TRUE AND score_missing = FALSE ORDER BY"
                          + " project_id, active, score_missing, score DESC, band_rank DESC,"
                          + " key_prefix, key_number, issue_key LIMIT ?")) {
                ps.setLong(1, p.id());
                ps.setInt(2, n);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    keys.add(rs.getString(1));
                  }
                }
              }
              rowsRead.addAndGet(keys.size());
              return keys;
            }));
  }

  @Override
  public Optional<Tallied<HeatMap>> heatMap(
      String viewerKey, String projectKey, String stamp, int rows, int columns) {
    Optional<Project> ready = ready(projectKey, stamp);
    if (ready.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        store.inTransaction(
            c -> {
              Project p = ready.get();
              Sight sight = sight(c, viewerKey, p);
              if (sight != Sight.ALL) {
                long hidden = sight == Sight.NONE ? total(c, p.id()) : 0;
                return new Tallied<>(RegisterTally.heatMap(List.of(), rows, columns), hidden);
              }
              return new Tallied<>(
                  RegisterTally.heatMap(
                      entries(
                          c,
                          p.id(),
                          List.of(
                              RegisterTally.Dimension.STATUS,
                              RegisterTally.Dimension.INHERENT_CELL,
                              RegisterTally.Dimension.RESIDUAL_CELL)),
                      rows,
                      columns),
                  0L);
            }));
  }

  @Override
  public Optional<RegisterSummary> summary(
      String viewerKey, String projectKey, String stamp, LocalDate asOf) {
    Optional<Project> ready = ready(projectKey, stamp);
    if (ready.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        store.inTransaction(
            c -> {
              Project p = ready.get();
              Sight sight = sight(c, viewerKey, p);
              if (sight != Sight.ALL) {
                long hidden = sight == Sight.NONE ? total(c, p.id()) : 0;
                return RegisterTally.summary(List.of(), asOf, hidden);
              }
              List<RegisterTally.Entry> entries =
                  entries(
                      c,
                      p.id(),
                      List.of(RegisterTally.Dimension.values()).stream()
                          .filter(d -> d != RegisterTally.Dimension.ACTIVE_REVIEW_DATE)
                          .toList());
              entries.add(overdue(c, p.id(), asOf));
              return RegisterTally.summary(entries, asOf, 0);
            }));
  }

  /** Stops the rebuild thread (a running rebuild is interrupted between batches). */
  @Override
  public void close() {
    rebuilds.shutdownNow();
    try {
      rebuilds.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Rebuilds (or brings up to date) every project in {@code projectKeys} now, on the calling
   * thread: for start-up and tests.
   */
  public void rebuildNow(List<String> projectKeys) {
    for (String key : projectKeys) {
      rebuild(key);
    }
  }

  /** Queues a rebuild of every project in {@code projectKeys} on the background thread. */
  public void rebuildInBackground(List<String> projectKeys) {
    projectKeys.forEach(this::schedule);
  }

  // -------------------------------------------------------------------------------- consistency

  private record Project(long id, String key) {}

  private record State(
      Project project, String stamp, String target, long done, long total, long pending) {}

  private enum Sight {
    ALL,
    NONE,
    NOBODY
  }

  private static State state(Connection c, String projectKey) throws SQLException {
    Project p = project(c, projectKey);
    if (p == null) {
      return null;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT stamp, target_stamp, done, total FROM risk_index_state WHERE project_id = ?")) {
      ps.setLong(1, p.id());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new State(p, null, null, 0, 0, 0);
        }
        return new State(
            p,
            rs.getString(1),
            rs.getString(2),
            rs.getLong(3),
            rs.getLong(4),
            pending(c, p.id(), INLINE_JOURNAL_LIMIT + 1));
      }
    }
  }

  /** Journal entries of a project, counted up to {@code limit}. */
  private static long pending(Connection c, long projectId, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM (SELECT 1 FROM risk_index_journal WHERE project_id = ? LIMIT ?)")) {
      ps.setLong(1, projectId);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * The project when the index answers for {@code stamp} (its journal applied first); an unknown
   * project answers with id -1 (nothing in it); empty when not consistent (a rebuild is queued).
   */
  private Optional<Project> ready(String projectKey, String stamp) {
    State state = store.inTransaction(c -> state(c, projectKey));
    if (state == null) {
      return Optional.of(new Project(-1, projectKey));
    }
    if (!stamp.equals(state.stamp()) || state.pending() > INLINE_JOURNAL_LIMIT) {
      schedule(projectKey);
      return Optional.empty();
    }
    if (state.pending() > 0) {
      Optional<Basis> basis = basis(projectKey);
      if (basis.isEmpty()
          || !basis.get().stamp().equals(stamp)
          || !applyJournal(state.project(), basis.get())) {
        schedule(projectKey);
        return Optional.empty();
      }
    }
    return Optional.of(state.project());
  }

  /** What a project's assessments are computed with, resolved now. */
  private record Basis(
      RiskProjectSettings settings, ScoringModel model, Band appetite, String stamp) {}

  private Optional<Basis> basis(String projectKey) {
    Optional<RiskProjectSettings> settings = settingsStore.effective(projectKey);
    if (settings.isEmpty()) {
      return Optional.empty();
    }
    Optional<ScoringModel> model = modelStore.find(settings.get().modelId());
    if (model.isEmpty()) {
      return Optional.empty();
    }
    String bandKey = settings.get().appetiteBandKey();
    Band appetite = bandKey == null ? null : model.get().bands().byKey(bandKey).orElse(null);
    return Optional.of(
        new Basis(
            settings.get(),
            model.get(),
            appetite,
            AssessmentStamp.of(settings.get(), model.get())));
  }

  private void schedule(String projectKey) {
    if (queued.add(projectKey)) {
      try {
        rebuilds.execute(
            () -> {
              queued.remove(projectKey);
              try {
                rebuild(projectKey);
              } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "rebuilding the risk index of " + projectKey + " failed", e);
              }
            });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        queued.remove(projectKey);
      }
    }
  }

  // ------------------------------------------------------------------------------- maintenance

  /**
   * Applies the project's journal (at most {@value #INLINE_JOURNAL_LIMIT} entries) under its
   * state-row lock. False when the state no longer has {@code basis}'s stamp.
   */
  private boolean applyJournal(Project p, Basis basis) {
    return store.inTransaction(
        c -> {
          if (!basis.stamp().equals(lockState(c, p.id()))) {
            return false;
          }
          List<Long> issueIds = new ArrayList<>();
          long maxId = 0;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, issue_id FROM risk_index_journal WHERE project_id = ? ORDER BY id"
                      + " LIMIT ?")) {
            ps.setLong(1, p.id());
            ps.setInt(2, INLINE_JOURNAL_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                maxId = Math.max(maxId, rs.getLong(1));
                if (!issueIds.contains(rs.getLong(2))) {
                  issueIds.add(rs.getLong(2));
                }
              }
            }
          }
          if (issueIds.isEmpty()) {
            return true;
          }
          Map<String, Long> ids = new HashMap<>();
          List<String> keys = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, issue_key FROM issue WHERE id = ANY(?) AND project_id = ?")) {
            ps.setObject(1, issueIds.toArray(Long[]::new));
            ps.setLong(2, p.id());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
                keys.add(rs.getString(2));
              }
            }
          }
          Tally delta = new Tally();
          for (Long issueId : issueIds) {
            remove(c, issueId, delta);
          }
          for (int from = 0; from < keys.size(); from += SqlRiskSource.MAX_PAGE_SIZE) {
            List<String> chunk =
                keys.subList(from, Math.min(keys.size(), from + SqlRiskSource.MAX_PAGE_SIZE));
            for (RawRiskRecord raw :
                source.records(null, p.key(), basis.settings().mapping(), chunk)) {
              insert(c, p.id(), ids.get(raw.issueKey()), raw, materialise(raw, basis), delta);
            }
          }
          delta.flush(c, p.id());
          raiseAnswerVersion(c, p.id());
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM risk_index_journal WHERE project_id = ? AND id <= ?")) {
            ps.setLong(1, p.id());
            ps.setLong(2, maxId);
            ps.executeUpdate();
          }
          return true;
        });
  }

  /**
   * Rebuilds one project's rows and tallies for its current settings and model, unless they are
   * already consistent (then only its journal is applied).
   */
  void rebuild(String projectKey) {
    Optional<Basis> resolved = basis(projectKey);
    if (resolved.isEmpty()) {
      return;
    }
    Basis basis = resolved.get();
    State state = store.inTransaction(c -> state(c, projectKey));
    if (state == null) {
      return;
    }
    Project p = state.project();
    if (!basis.stamp().equals(state.stamp())) {
      if (!rebuildRows(p, basis)) {
        return;
      }
    }
    while (store.inTransaction(c -> pending(c, p.id(), 1)) > 0) {
      if (Thread.currentThread().isInterrupted() || !applyJournal(p, basis)) {
        return;
      }
    }
  }

  private boolean rebuildRows(Project p, Basis basis) {
    long total = countRisks(p, basis);
    store.inTransaction(
        c -> {
          lockOrCreateState(c, p.id());
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE risk_index_state SET stamp = NULL, target_stamp = ?, done = 0, total = ?"
                      + " WHERE project_id = ?")) {
            ps.setString(1, basis.stamp());
            ps.setLong(2, total);
            ps.setLong(3, p.id());
            ps.executeUpdate();
          }
          // Writes committed so far are read by the batches below; later ones stay journaled.
          for (String table : List.of("risk_assessment", "risk_tally", "risk_index_journal")) {
            try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM " + table + " WHERE project_id = ?")) {
              ps.setLong(1, p.id());
              ps.executeUpdate();
            }
          }
          return null;
        });
    int startAt = 0;
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
      RiskRecordPage page = source.page(null, p.key(), basis.settings().mapping(), startAt, BATCH);
      List<RawRiskRecord> records = page.records();
      int read = records.size();
      boolean current =
          store.inTransaction(
              c -> {
                if (!basis.stamp().equals(lockTarget(c, p.id()))) {
                  return false;
                }
                Map<String, Long> ids = ids(c, records);
                Tally delta = new Tally();
                for (RawRiskRecord raw : records) {
                  Long id = ids.get(raw.issueKey());
                  if (id != null) {
                    remove(c, id, delta);
                    insert(c, p.id(), id, raw, materialise(raw, basis), delta);
                  }
                }
                delta.flush(c, p.id());
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "UPDATE risk_index_state SET done = LEAST(total, done + ?) WHERE"
                            + " project_id = ?")) {
                  ps.setLong(1, read);
                  ps.setLong(2, p.id());
                  ps.executeUpdate();
                }
                return true;
              });
      if (!current) {
        return false;
      }
      startAt += read;
      if (read == 0 || startAt >= page.totalVisible()) {
        break;
      }
    }
    return store.inTransaction(
        c -> {
          if (!basis.stamp().equals(lockTarget(c, p.id()))) {
            return false;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE risk_index_state SET stamp = target_stamp, done = total, answer_version ="
                      + " answer_version + 1 WHERE project_id = ?")) {
            ps.setLong(1, p.id());
            ps.executeUpdate();
          }
          return true;
        });
  }

  private long countRisks(Project p, Basis basis) {
    return source.page(null, p.key(), basis.settings().mapping(), 0, 1).totalVisible();
  }

  private static Map<String, Long> ids(Connection c, List<RawRiskRecord> records)
      throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    if (records.isEmpty()) {
      return ids;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, issue_key FROM issue WHERE issue_key IN ("
                + Sql.marks(records.size())
                + ")")) {
      int i = 1;
      for (RawRiskRecord r : records) {
        ps.setString(i++, r.issueKey());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.put(rs.getString(2), rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private static MaterialisedAssessment materialise(RawRiskRecord raw, Basis basis) {
    return MaterialisedAssessment.of(
        new RiskAssessor(basis.model())
            .assess(RiskRecordMapper.map(raw, basis.settings().mapping(), basis.model()).risk()),
        basis.appetite());
  }

  /** Raises the project's answer version (the caller holds its state-row lock). */
  private static void raiseAnswerVersion(Connection c, long projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE risk_index_state SET answer_version = answer_version + 1 WHERE project_id = ?")) {
      ps.setLong(1, projectId);
      ps.executeUpdate();
    }
  }

  private static String lockState(Connection c, long projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT stamp FROM risk_index_state WHERE project_id = ? FOR UPDATE")) {
      ps.setLong(1, projectId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static String lockTarget(Connection c, long projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT target_stamp FROM risk_index_state WHERE project_id = ? FOR UPDATE")) {
      ps.setLong(1, projectId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static void lockOrCreateState(Connection c, long projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO risk_index_state (project_id) KEY (project_id) VALUES (?)")) {
      ps.setLong(1, projectId);
      ps.executeUpdate();
    }
    lockState(c, projectId);
  }

  /** Deletes an issue's row, subtracting its tally entries. */
  private static void remove(Connection c, long issueId, Tally delta) throws SQLException {
    MaterialisedAssessment old = null;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM risk_assessment WHERE issue_id = ?")) {
      ps.setLong(1, issueId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          old = fromRow(rs);
        }
      }
    }
    if (old == null) {
      return;
    }
    for (RegisterTally.Entry e : RegisterTally.entriesOf(old)) {
      delta.add(e.negated());
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM risk_assessment WHERE issue_id = ?")) {
      ps.setLong(1, issueId);
      ps.executeUpdate();
    }
  }

  private static void insert(
      Connection c,
      long projectId,
      long issueId,
      RawRiskRecord raw,
      MaterialisedAssessment m,
      Tally delta)
      throws SQLException {
    String fields = RecordFields.encode(raw.fields());
    boolean kept = fields.length() <= MAX_RECORD_FIELDS;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO risk_assessment (issue_id, project_id, issue_key, key_prefix, key_number,"
                + " title, title_fold, status, active, kind, owner_key, review_date,"
                + " review_missing, score, score_missing, band_key, band_rank, inherent_p,"
                + " inherent_i, residual_p, residual_i, above_appetite, emv, rec_summary,"
                + " rec_status_category, rec_fields, rec_kept) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 1;
      ps.setLong(i++, issueId);
      ps.setLong(i++, projectId);
      ps.setString(i++, m.issueKey());
      int dash = m.issueKey().lastIndexOf('-');
      ps.setString(i++, dash > 0 ? m.issueKey().substring(0, dash) : m.issueKey());
      ps.setLong(i++, keyNumber(m.issueKey(), dash));
      ps.setString(i++, m.title());
      ps.setString(i++, m.titleFold());
      ps.setString(i++, m.status().name());
      ps.setBoolean(i++, m.status().isActive());
      ps.setString(i++, m.kind().name());
      Sql.string(ps, i++, m.ownerKey());
      Sql.date(ps, i++, m.reviewDate());
      ps.setBoolean(i++, m.reviewDate() == null);
      Sql.decimal(ps, i++, m.currentScore());
      ps.setBoolean(i++, m.currentScore() == null);
      Sql.string(ps, i++, m.currentBandKey());
      ps.setInt(i++, m.currentBandRank());
      cell(ps, i, m.inherentCell());
      i += 2;
      cell(ps, i, m.residualCell());
      i += 2;
      ps.setBoolean(i++, m.aboveAppetite());
      Sql.decimal(ps, i++, m.emv());
      Sql.string(ps, i++, kept ? raw.summary() : null);
      Sql.string(ps, i++, kept ? raw.statusCategoryKey() : null);
      Sql.string(ps, i++, kept ? fields : null);
      ps.setBoolean(i, kept);
      ps.executeUpdate();
    }
    for (RegisterTally.Entry e : RegisterTally.entriesOf(m)) {
      delta.add(e);
    }
  }

  /**
   * The issue number of a key for {@link io.lodestar.pmo.engine.shared.IssueKeyOrder}; -1 when the
   * key has no numeric suffix (such keys then order by the full key only).
   */
  static long keyNumber(String key, int dash) {
    if (dash <= 0 || dash == key.length() - 1) {
      return -1;
    }
    String digits = key.substring(dash + 1);
    if (digits.length() > 18 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return -1;
    }
    return Long.parseLong(digits);
  }

  private static void cell(PreparedStatement ps, int index, Cell cell) throws SQLException {
    if (cell == null) {
      ps.setNull(index, java.sql.Types.INTEGER);
      ps.setNull(index + 1, java.sql.Types.INTEGER);
    } else {
      ps.setInt(index, cell.probabilityRank());
      ps.setInt(index + 1, cell.impactRank());
    }
  }

  private static MaterialisedAssessment fromRow(ResultSet rs) throws SQLException {
    return new MaterialisedAssessment(
        rs.getString("issue_key"),
        rs.getString("title"),
        rs.getString("title_fold"),
        RiskStatus.valueOf(rs.getString("status")),
        RiskKind.valueOf(rs.getString("kind")),
        rs.getString("owner_key"),
        Sql.date(rs, "review_date"),
        rs.getBigDecimal("score"),
        rs.getString("band_key"),
        rs.getInt("band_rank"),
        cellOf(rs, "inherent_p", "inherent_i"),
        cellOf(rs, "residual_p", "residual_i"),
        rs.getBoolean("above_appetite"),
        rs.getBigDecimal("emv"));
  }

  private static Cell cellOf(ResultSet rs, String p, String i) throws SQLException {
    int pr = rs.getInt(p);
    if (rs.wasNull()) {
      return null;
    }
    return Cell.of(pr, rs.getInt(i));
  }

  /** Tally deltas of one transaction, summed per (dimension, bucket), written once each. */
  private static final class Tally {
    private final Map<String, RegisterTally.Entry> sums = new TreeMap<>();

    void add(RegisterTally.Entry e) {
      sums.merge(
          e.dimension().name() + '\u0000' + e.bucket(),
          e,
          (a, b) ->
              new RegisterTally.Entry(
                  a.dimension(), a.bucket(), a.count() + b.count(), a.amount().add(b.amount())));
    }

    void flush(Connection c, long projectId) throws SQLException {
      for (RegisterTally.Entry e : sums.values()) {
        if (e.count() == 0 && e.amount().signum() == 0) {
          continue;
        }
        int updated;
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE risk_tally SET n = n + ?, amount = amount + ? WHERE project_id = ? AND"
                    + " dimension = ? AND bucket = ?")) {
          ps.setLong(1, e.count());
          ps.setBigDecimal(2, e.amount());
          ps.setLong(3, projectId);
          ps.setString(4, e.dimension().name());
          ps.setString(5, e.bucket());
          updated = ps.executeUpdate();
        }
        if (updated == 0) {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO risk_tally (project_id, dimension, bucket, n, amount) VALUES (?, ?,"
                      + " ?, ?, ?)")) {
            ps.setLong(1, projectId);
            ps.setString(2, e.dimension().name());
            ps.setString(3, e.bucket());
            ps.setLong(4, e.count());
            ps.setBigDecimal(5, e.amount());
            ps.executeUpdate();
          }
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "DELETE FROM risk_tally WHERE project_id = ? AND n = 0 AND amount = 0")) {
        ps.setLong(1, projectId);
        ps.executeUpdate();
      }
    }
  }

  // ---------------------------------------------------------------------------------- reading

  private static Project project(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, project_key FROM project WHERE UPPER(project_key) = ?")) {
      ps.setString(1, key.strip().toUpperCase());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Project(rs.getLong(1), rs.getString(2)) : null;
      }
    }
  }

  /** What the viewer sees of the project, as {@link SqlRiskSource}. */
  private static Sight sight(Connection c, String viewerKey, Project p) throws SQLException {
    if (p.id() < 0) {
      return Sight.NOBODY;
    }
    if (viewerKey == null) {
      return Sight.ALL;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM app_user WHERE user_key = ?")) {
      ps.setString(1, viewerKey);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Sight.NOBODY;
        }
      }
    }
    return ProjectAccess.holds(c, viewerKey, p.id(), ProjectAccess.BROWSE) ? Sight.ALL : Sight.NONE;
  }

  private long total(Connection c, long projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COALESCE(SUM(n), 0), COUNT(*) FROM risk_tally WHERE project_id = ? AND"
                + " dimension = 'STATUS'")) {
      ps.setLong(1, projectId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        rowsRead.addAndGet(rs.getLong(2));
        return rs.getLong(1);
      }
    }
  }

  /**
   * The tally rows of {@code dimensions}, each dimension's read as a range of the primary key: with
   * {@code dimension IN (…)} H2 reads every tally row of the project (the review-date buckets too,
   * a hundred at 50,000 risks) and filters them.
   */
  private List<RegisterTally.Entry> entries(
      Connection c, long projectId, List<RegisterTally.Dimension> dimensions) throws SQLException {
    List<RegisterTally.Entry> entries = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT bucket, n, amount FROM risk_tally WHERE project_id = ? AND dimension = ?")) {
      for (RegisterTally.Dimension d : dimensions) {
        ps.setLong(1, projectId);
        ps.setString(2, d.name());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            entries.add(
                new RegisterTally.Entry(d, rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)));
          }
        }
      }
    }
    rowsRead.addAndGet(entries.size());
    return entries;
  }

  /**
   * The active risks whose review is overdue on {@code asOf}, summed in one range read of the
   * review-date buckets before {@code asOf}, as one {@code ACTIVE_REVIEW_DATE} entry dated the day
   * before (which {@link RegisterTally#summary} counts as overdue, as each bucket it replaces).
   */
  private RegisterTally.Entry overdue(Connection c, long projectId, LocalDate asOf)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COALESCE(SUM(n), 0) FROM risk_tally WHERE project_id = ? AND dimension ="
                + " 'ACTIVE_REVIEW_DATE' AND bucket < ?")) {
      ps.setLong(1, projectId);
      ps.setString(2, asOf.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        rowsRead.incrementAndGet();
        return new RegisterTally.Entry(
            RegisterTally.Dimension.ACTIVE_REVIEW_DATE,
            asOf.minusDays(1).toString(),
            rs.getLong(1),
            BigDecimal.ZERO);
      }
    }
  }

  /** The WHERE clause of a filter and its parameters. */
  private record Where(String sql, List<Object> parameters) {}

  private static Where where(long projectId, RegisterFilter filter) {
    StringBuilder sql = new StringBuilder("project_id = ?");
    List<Object> parameters = new ArrayList<>();
    parameters.add(projectId);
    if (!filter.statuses().isEmpty()) {
      sql.append(" AND status IN (").append(Sql.marks(filter.statuses().size())).append(')');
      filter.statuses().stream().map(Enum::name).sorted().forEach(parameters::add);
    }
    if (filter.ownerKey() != null) {
      sql.append(" AND owner_key = ?");
      parameters.add(filter.ownerKey());
    }
    if (filter.bandKey() != null) {
      sql.append(" AND band_key = ?");
      parameters.add(filter.bandKey());
    }
    if (filter.overdueOnly()) {
      sql.append(" AND active = TRUE AND review_date < ?");
      parameters.add(filter.asOf());
    }
    if (filter.cell() != null) {
      String prefix = filter.cell().state() == RiskState.INHERENT ? "inherent" : "residual";
      sql.append(" AND ").append(prefix).append("_p = ? AND ").append(prefix).append("_i = ?");
      parameters.add(filter.cell().cell().probabilityRank());
      parameters.add(filter.cell().cell().impactRank());
    }
    return new Where(sql.toString(), parameters);
  }

  private static final Map<String, String> ORDERS = orders();

  private static Map<String, String> orders() {
    String key = "key_prefix, key_number, issue_key";
    Map<String, String> o = new LinkedHashMap<>();
    o.put("SCORE_ASC", "ix_ra_score_asc|project_id, score_missing, score, " + key);
    o.put("SCORE_DESC", "ix_ra_score_desc|project_id, score_missing, score DESC, " + key);
    o.put("REVIEW_DATE_ASC", "ix_ra_review_asc|project_id, review_missing, review_date, " + key);
    o.put(
        "REVIEW_DATE_DESC",
        "ix_ra_review_desc|project_id, review_missing, review_date DESC, " + key);
    o.put("TITLE_ASC", "ix_ra_title_asc|project_id, title_fold, title, " + key);
    o.put("TITLE_DESC", "ix_ra_title_desc|project_id, title_fold DESC, title DESC, " + key);
    o.put("KEY_ASC", "ix_ra_key_asc|project_id, " + key);
    o.put(
        "KEY_DESC", "ix_ra_key_desc|project_id, key_prefix DESC, key_number DESC, issue_key DESC");
    return Map.copyOf(o);
  }

  /** The index hint and ORDER BY of a register order: the order the index is sorted in. */
  static String[] order(RegisterSort sort) {
    return ORDERS.get(sort.field().name() + "_" + sort.direction().name()).split("\\|");
  }

  private List<String> keys(
      Connection c, long projectId, RegisterFilter filter, RegisterSort sort, int startAt, int max)
      throws SQLException {
    Where where = where(projectId, filter);
    String[] order = order(sort);
    List<String> keys = new ArrayList<>(max);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT issue_key FROM risk_assessment USE INDEX ("
                + order[0]
                + ") WHERE "
                + where.sql()
                + " ORDER BY "
                + order[1]
                + " LIMIT ? OFFSET ?")) {
      int i = bind(ps, where.parameters());
      ps.setInt(i++, max);
      ps.setInt(i, startAt);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(rs.getString(1));
        }
      }
    }
    rowsRead.addAndGet(keys.size());
    return keys;
  }

  /**
   * How many risks match: from the tallies without a filter, with only statuses or only a cell;
   * otherwise counted on the rows (a filtered count reads the matching index range).
   */
  private long matched(Connection c, long projectId, RegisterFilter filter, long total)
      throws SQLException {
    boolean onlyStatuses =
        filter.ownerKey() == null
            && filter.bandKey() == null
            && !filter.overdueOnly()
            && filter.cell() == null;
    if (onlyStatuses && filter.statuses().isEmpty()) {
      return total;
    }
    if (onlyStatuses) {
      return entries(c, projectId, List.of(RegisterTally.Dimension.STATUS)).stream()
          .filter(e -> filter.statuses().contains(RiskStatus.valueOf(e.bucket())))
          .mapToLong(RegisterTally.Entry::count)
          .sum();
    }
    if (filter.statuses().isEmpty()
        && filter.ownerKey() == null
        && filter.bandKey() == null
        && !filter.overdueOnly()) {
      RegisterTally.Dimension d =
          filter.cell().state() == RiskState.INHERENT
              ? RegisterTally.Dimension.INHERENT_CELL
              : RegisterTally.Dimension.RESIDUAL_CELL;
      String bucket = RegisterTally.cellBucket(filter.cell().cell());
      return entries(c, projectId, List.of(d)).stream()
          .filter(e -> e.bucket().equals(bucket))
          .mapToLong(RegisterTally.Entry::count)
          .sum();
    }
    Where where = where(projectId, filter);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM risk_assessment WHERE " + where.sql())) {
      bind(ps, where.parameters());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static int bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
    int i = 1;
    for (Object p : parameters) {
      if (p instanceof LocalDate d) {
        Sql.date(ps, i++, d);
      } else if (p instanceof BigDecimal b) {
        ps.setBigDecimal(i++, b);
      } else {
        ps.setObject(i++, p);
      }
    }
    return i;
  }
}
