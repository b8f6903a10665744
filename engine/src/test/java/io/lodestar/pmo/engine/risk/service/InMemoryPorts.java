package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex;
import io.lodestar.pmo.engine.risk.port.Cancellation;
import io.lodestar.pmo.engine.risk.port.OwnerVisibility;
import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.engine.risk.port.ReviewReminderSender;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.port.RiskReviewFlagStore;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Hand-written in-memory port implementations for service tests (no mocks). */
final class InMemoryPorts {

  private InMemoryPorts() {}

  /** Risks per project; a viewer may be denied some issue keys. */
  static final class Source implements RiskSource {
    final Map<String, List<RawRiskRecord>> byProject = new HashMap<>();
    final Map<String, Set<String>> deniedByViewer = new HashMap<>();
    int calls;
    int maxPage = Integer.MAX_VALUE;

    Source add(RawRiskRecord record) {
      byProject.computeIfAbsent(record.projectKey(), k -> new ArrayList<>()).add(record);
      return this;
    }

    Source deny(String viewer, String issueKey) {
      deniedByViewer.computeIfAbsent(viewer, k -> new HashSet<>()).add(issueKey);
      return this;
    }

    @Override
    public RiskRecordPage page(
        String viewerKey,
        String projectKey,
        RiskFieldMapping mapping,
        int startAt,
        int maxResults) {
      calls++;
      Set<String> denied =
          viewerKey == null ? Set.of() : deniedByViewer.getOrDefault(viewerKey, Set.of());
      List<RawRiskRecord> all = byProject.getOrDefault(projectKey, List.of());
      List<RawRiskRecord> visible =
          all.stream().filter(r -> !denied.contains(r.issueKey())).toList();
      int end = Math.min(visible.size(), startAt + Math.min(maxResults, maxPage));
      List<RawRiskRecord> page = startAt >= end ? List.of() : visible.subList(startAt, end);
      return new RiskRecordPage(page, startAt, visible.size(), all.size() - visible.size());
    }

    /** Records read by key ({@link #records}), for bounded-cost assertions. */
    int keyedReads;

    @Override
    public List<RawRiskRecord> records(
        String viewerKey, String projectKey, RiskFieldMapping mapping, List<String> issueKeys) {
      Set<String> denied =
          viewerKey == null ? Set.of() : deniedByViewer.getOrDefault(viewerKey, Set.of());
      Set<String> wanted = new HashSet<>(issueKeys);
      List<RawRiskRecord> found =
          byProject.getOrDefault(projectKey, List.of()).stream()
              .filter(r -> wanted.contains(r.issueKey()) && !denied.contains(r.issueKey()))
              .toList();
      keyedReads += found.size();
      return found;
    }
  }

  /**
   * A reference {@link AssessedRiskIndex}: answers for one stamp from a full recomputation of the
   * source's records with the engine's own filter, sort, ranking and tallies (what a host's
   * maintained index must equal); answers empty for any other stamp.
   */
  static final class RecomputedIndex implements AssessedRiskIndex {
    final Source source;
    final Settings settings;
    final Models models;
    String consistentStamp;
    int progressCalls;

    /**
     * Whether it answers {@link #recordWindow} and {@link #topRecords} (as a host keeping them).
     */
    boolean keepsRecords;

    /** The records of {@code keys} in their order, read without counting as source reads. */
    private List<RawRiskRecord> recordsOf(String viewerKey, String projectKey, List<String> keys) {
      int keyed = source.keyedReads;
      Map<String, RawRiskRecord> found = new java.util.HashMap<>();
      for (RawRiskRecord r :
          source.records(
              viewerKey,
              projectKey,
              settings.effective(projectKey).orElseThrow().mapping(),
              keys)) {
        found.put(r.issueKey(), r);
      }
      source.keyedReads = keyed;
      return keys.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<RecordWindow> recordWindow(
        String viewerKey,
        String projectKey,
        String stamp,
        io.lodestar.pmo.engine.risk.register.RegisterFilter filter,
        io.lodestar.pmo.engine.risk.register.RegisterSort sort,
        int startAt,
        int maxResults) {
      if (!keepsRecords) {
        return Optional.empty();
      }
      return window(viewerKey, projectKey, stamp, filter, sort, startAt, maxResults)
          .map(
              w ->
                  new RecordWindow(
                      recordsOf(viewerKey, projectKey, w.keys()),
                      w.matched(),
                      w.visible(),
                      w.hidden()));
    }

    @Override
    public Optional<List<RawRiskRecord>> topRecords(
        String viewerKey, String projectKey, String stamp, int n) {
      if (!keepsRecords) {
        return Optional.empty();
      }
      return topKeys(viewerKey, projectKey, stamp, n)
          .map(keys -> recordsOf(viewerKey, projectKey, keys));
    }

    RecomputedIndex(Source source, Settings settings, Models models) {
      this.source = source;
      this.settings = settings;
      this.models = models;
    }

    private List<io.lodestar.pmo.engine.risk.assessment.AssessedRisk> visible(
        String viewerKey, String projectKey) {
      RiskProjectSettings s = settings.effective(projectKey).orElseThrow();
      ScoringModel model = models.find(s.modelId()).orElseThrow();
      io.lodestar.pmo.engine.risk.assessment.RiskAssessor assessor =
          new io.lodestar.pmo.engine.risk.assessment.RiskAssessor(model);
      int calls = source.calls;
      List<RawRiskRecord> records =
          source.page(viewerKey, projectKey, s.mapping(), 0, Integer.MAX_VALUE).records();
      source.calls = calls;
      return records.stream()
          .map(
              raw ->
                  assessor.assess(
                      io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper.map(
                              raw, s.mapping(), model)
                          .risk()))
          .toList();
    }

    private long hidden(String viewerKey, String projectKey) {
      int calls = source.calls;
      long hidden =
          source
              .page(
                  viewerKey,
                  projectKey,
                  settings.effective(projectKey).orElseThrow().mapping(),
                  0,
                  1)
              .hiddenCount();
      source.calls = calls;
      return hidden;
    }

    private List<io.lodestar.pmo.engine.risk.register.MaterialisedAssessment> materialised(
        String viewerKey, String projectKey) {
      RiskProjectSettings s = settings.effective(projectKey).orElseThrow();
      ScoringModel model = models.find(s.modelId()).orElseThrow();
      io.lodestar.pmo.engine.risk.scoring.Band appetite =
          s.appetiteBandKey() == null
              ? null
              : model.bands().byKey(s.appetiteBandKey()).orElseThrow();
      return visible(viewerKey, projectKey).stream()
          .map(r -> io.lodestar.pmo.engine.risk.register.MaterialisedAssessment.of(r, appetite))
          .toList();
    }

    @Override
    public Progress progress(String projectKey, String stamp) {
      progressCalls++;
      return stamp.equals(consistentStamp) ? Progress.CONSISTENT : new Progress(false, 1, 4);
    }

    @Override
    public Optional<KeyWindow> window(
        String viewerKey,
        String projectKey,
        String stamp,
        io.lodestar.pmo.engine.risk.register.RegisterFilter filter,
        io.lodestar.pmo.engine.risk.register.RegisterSort sort,
        int startAt,
        int maxResults) {
      if (!stamp.equals(consistentStamp)) {
        return Optional.empty();
      }
      List<io.lodestar.pmo.engine.risk.assessment.AssessedRisk> all =
          visible(viewerKey, projectKey);
      List<String> matched =
          all.stream().filter(filter).sorted(sort.comparator()).map(r -> r.issueKey()).toList();
      int end = Math.min(matched.size(), startAt + maxResults);
      return Optional.of(
          new KeyWindow(
              startAt >= end ? List.of() : matched.subList(startAt, end),
              matched.size(),
              all.size(),
              hidden(viewerKey, projectKey)));
    }

    @Override
    public Optional<List<String>> topKeys(
        String viewerKey, String projectKey, String stamp, int n) {
      if (!stamp.equals(consistentStamp)) {
        return Optional.empty();
      }
      return Optional.of(
          visible(viewerKey, projectKey).stream()
              .filter(r -> r.risk().status().isActive() && r.current().isRated())
              .sorted(io.lodestar.pmo.engine.risk.register.RiskRanking.WORST_FIRST)
              .limit(n)
              .map(r -> r.issueKey())
              .toList());
    }

    @Override
    public Optional<Tallied<io.lodestar.pmo.engine.risk.register.HeatMap>> heatMap(
        String viewerKey, String projectKey, String stamp, int rows, int columns) {
      if (!stamp.equals(consistentStamp)) {
        return Optional.empty();
      }
      return Optional.of(
          new Tallied<>(
              io.lodestar.pmo.engine.risk.register.RegisterTally.heatMap(
                  io.lodestar.pmo.engine.risk.register.RegisterTally.recount(
                      materialised(viewerKey, projectKey)),
                  rows,
                  columns),
              hidden(viewerKey, projectKey)));
    }

    @Override
    public Optional<io.lodestar.pmo.engine.risk.register.RegisterSummary> summary(
        String viewerKey, String projectKey, String stamp, java.time.LocalDate asOf) {
      if (!stamp.equals(consistentStamp)) {
        return Optional.empty();
      }
      return Optional.of(
          io.lodestar.pmo.engine.risk.register.RegisterTally.summary(
              io.lodestar.pmo.engine.risk.register.RegisterTally.recount(
                  materialised(viewerKey, projectKey)),
              asOf,
              hidden(viewerKey, projectKey)));
    }
  }

  /** A port whose state a {@link RollbackTransactions} can put back. */
  interface Participant {
    /** A copy of the current state. */
    Object snapshot();

    /** Puts back a state taken by {@link #snapshot()}. */
    void restore(Object snapshot);
  }

  /**
   * Transactions over in-memory participants: the outermost call snapshots every participant and
   * restores them all when the work throws; nested calls join. Counts the outermost transactions.
   */
  static final class RollbackTransactions implements Transactions {
    final List<Participant> participants;
    int depth;
    int opened;

    RollbackTransactions(Participant... participants) {
      this.participants = List.of(participants);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      if (depth > 0) {
        return work.get();
      }
      opened++;
      List<Object> snapshots = participants.stream().map(Participant::snapshot).toList();
      depth++;
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        for (int i = 0; i < participants.size(); i++) {
          participants.get(i).restore(snapshots.get(i));
        }
        throw e;
      } finally {
        depth--;
      }
    }
  }

  static final class Models implements ScoringModelStore, Participant {
    final Map<Long, ScoringModel> byId = new TreeMap<>();
    long nextId = 1;

    @Override
    public Object snapshot() {
      return List.of(new TreeMap<>(byId), nextId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
      List<Object> s = (List<Object>) snapshot;
      byId.clear();
      byId.putAll((Map<Long, ScoringModel>) s.get(0));
      nextId = (Long) s.get(1);
    }

    @Override
    public List<ScoringModel> list() {
      return byId.values().stream()
          .sorted(Comparator.comparing(ScoringModel::name).thenComparing(ScoringModel::id))
          .toList();
    }

    int finds;

    @Override
    public Optional<ScoringModel> find(long id) {
      finds++;
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public ScoringModel create(ScoringModel model) {
      ScoringModel stored = model.withIdentity(nextId++, 1);
      byId.put(stored.id(), stored);
      return stored;
    }

    @Override
    public StoreResult<ScoringModel> update(ScoringModel model, long expectedVersion) {
      ScoringModel current = byId.get(model.id());
      if (current == null) {
        return StoreResult.missing();
      }
      if (current.version() != expectedVersion) {
        return StoreResult.conflict(expectedVersion, current.version());
      }
      ScoringModel stored = model.withIdentity(model.id(), expectedVersion + 1);
      byId.put(stored.id(), stored);
      return StoreResult.stored(stored);
    }

    @Override
    public StoreResult<ScoringModel> delete(long id, long expectedVersion) {
      ScoringModel current = byId.get(id);
      if (current == null) {
        return StoreResult.missing();
      }
      if (current.version() != expectedVersion) {
        return StoreResult.conflict(expectedVersion, current.version());
      }
      byId.remove(id);
      return StoreResult.stored(current);
    }
  }

  static final class Settings implements RiskProjectSettingsStore, Participant {
    final Map<String, Versioned<RiskProjectSettings>> byProject = new LinkedHashMap<>();
    Versioned<RiskProjectSettings> defaults;

    @Override
    public Object snapshot() {
      Map<String, Object> s = new HashMap<>();
      s.put("projects", new LinkedHashMap<>(byProject));
      s.put("default", Optional.ofNullable(defaults));
      return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
      Map<String, Object> s = (Map<String, Object>) snapshot;
      byProject.clear();
      byProject.putAll((Map<String, Versioned<RiskProjectSettings>>) s.get("projects"));
      defaults = ((Optional<Versioned<RiskProjectSettings>>) s.get("default")).orElse(null);
    }

    Settings put(String projectKey, RiskProjectSettings settings) {
      byProject.put(projectKey, Versioned.of(settings, 1));
      return this;
    }

    @Override
    public Optional<Versioned<RiskProjectSettings>> find(String projectKey) {
      return Optional.ofNullable(byProject.get(projectKey));
    }

    @Override
    public Optional<Versioned<RiskProjectSettings>> findDefault() {
      return Optional.ofNullable(defaults);
    }

    @Override
    public StoreResult<Versioned<RiskProjectSettings>> save(
        String projectKey, RiskProjectSettings settings, long expectedVersion) {
      Versioned<RiskProjectSettings> current = byProject.get(projectKey);
      StoreResult<Versioned<RiskProjectSettings>> refused = check(current, expectedVersion);
      if (refused != null) {
        return refused;
      }
      Versioned<RiskProjectSettings> stored = Versioned.of(settings, expectedVersion + 1);
      byProject.put(projectKey, stored);
      return StoreResult.stored(stored);
    }

    @Override
    public StoreResult<Versioned<RiskProjectSettings>> saveDefault(
        RiskProjectSettings settings, long expectedVersion) {
      StoreResult<Versioned<RiskProjectSettings>> refused = check(defaults, expectedVersion);
      if (refused != null) {
        return refused;
      }
      defaults = Versioned.of(settings, expectedVersion + 1);
      return StoreResult.stored(defaults);
    }

    private static StoreResult<Versioned<RiskProjectSettings>> check(
        Versioned<RiskProjectSettings> current, long expectedVersion) {
      if (current == null && expectedVersion != Versioned.NEW) {
        return StoreResult.missing();
      }
      long actual = current == null ? Versioned.NEW : current.version();
      if (actual != expectedVersion) {
        return StoreResult.conflict(expectedVersion, actual);
      }
      return null;
    }

    @Override
    public List<String> projectKeysUsingModel(long modelId) {
      return byProject.entrySet().stream()
          .filter(e -> e.getValue().value().modelId() == modelId)
          .map(Map.Entry::getKey)
          .sorted()
          .toList();
    }
  }

  static final class Flags implements RiskReviewFlagStore {
    final Map<String, ReviewFlag> byKey = new TreeMap<>();

    @Override
    public List<ReviewFlag> flagsOf(String projectKey) {
      return byKey.values().stream().filter(f -> f.projectKey().equals(projectKey)).toList();
    }

    @Override
    public void save(ReviewFlag flag) {
      byKey.put(flag.issueKey(), flag);
    }

    @Override
    public void clear(String issueKey) {
      byKey.remove(issueKey);
    }

    int writeAlls;

    @Override
    public void writeAll(List<ReviewFlag> saves, List<String> clears) {
      RiskReviewFlagStore.checkWriteAll(saves, clears);
      writeAlls++;
      saves.forEach(this::save);
      clears.forEach(this::clear);
    }
  }

  static final class Sender implements ReviewReminderSender {
    final List<Map.Entry<String, List<OverdueReview>>> sent = new ArrayList<>();
    final Set<String> failingOwners = new HashSet<>();
    boolean failing;

    @Override
    public void send(String ownerKey, List<OverdueReview> overdue) {
      if (failing || failingOwners.contains(ownerKey)) {
        throw new IllegalStateException("mail server down");
      }
      sent.add(Map.entry(ownerKey, overdue));
    }
  }

  /** Every owner sees every risk except the (owner, issue key) pairs denied. */
  static final class Visibility implements OwnerVisibility {
    final Map<String, Set<String>> deniedByOwner = new HashMap<>();

    Visibility deny(String ownerKey, String issueKey) {
      deniedByOwner.computeIfAbsent(ownerKey, k -> new HashSet<>()).add(issueKey);
      return this;
    }

    @Override
    public boolean mayBrowse(String ownerKey, String issueKey) {
      return !deniedByOwner.getOrDefault(ownerKey, Set.of()).contains(issueKey);
    }
  }

  /** Requests cancellation from the {@code afterPolls}-th poll on (1 = the first poll). */
  static final class CancelAfter implements Cancellation {
    final int afterPolls;
    int polls;

    CancelAfter(int afterPolls) {
      this.afterPolls = afterPolls;
    }

    @Override
    public boolean isRequested() {
      return ++polls >= afterPolls;
    }
  }

  /** Records entries; with {@code failing} set, every write throws after nothing was recorded. */
  static final class Audit implements AuditLog, Participant {
    final List<AuditEntry> entries = new ArrayList<>();
    boolean failing;

    @Override
    public void record(AuditEntry entry) {
      if (failing) {
        throw new IllegalStateException("audit table unavailable");
      }
      entries.add(entry);
    }

    @Override
    public Object snapshot() {
      return List.copyOf(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
      entries.clear();
      entries.addAll((List<AuditEntry>) snapshot);
    }
  }
}
