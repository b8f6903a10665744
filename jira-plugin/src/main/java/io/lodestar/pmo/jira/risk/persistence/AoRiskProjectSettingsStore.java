package io.lodestar.pmo.jira.risk.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.lodestar.pmo.app.risk.persistence.RiskFieldMappingCodec;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.ReadThroughCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link RiskProjectSettingsStore} on Active Objects: one {@link RiskSettingsEntity} row per
 * project, plus the default row. Writes are one transaction each, version checked inside it; the
 * mapping text is built and the input checked before the transaction starts.
 *
 * <p>Project identity: the port speaks project keys, the table holds project ids. Keys are
 * translated with Jira's {@link ProjectManager#getProjectObjByKeyIgnoreCase}, which also finds a
 * project by a previous key, so settings survive a key rename; {@link #projectKeysUsingModel}
 * answers each project's current key.
 *
 * <p>Transactions and concurrency: each write runs in {@link AoTransactions#inTransaction} (joining
 * the calling service's transaction) and first takes the cluster lock {@code
 * lodestar.internal.lock.risk-settings.<project id>} (or {@code .default}), held until the
 * outermost transaction has ended ({@link ClusterWriteLocks}), so two writers sending the same
 * version cannot both win, on one node or several.
 *
 * <p>Caching: {@link #find}, {@link #findDefault} and so {@link #effective} (called for every issue
 * the custom fields and the panel score, a million times in a full re-index) read through the
 * cluster cache {@value #CACHE_NAME}, keyed by project id ({@link
 * RiskSettingsEntity#DEFAULT_PROJECT_ID} for the default). A project without settings of its own is
 * cached as such, so it costs one lookup and then none; its effective settings combine two cached
 * entries. Every write invalidates the entry it changed once the outermost transaction has ended
 * (committed or rolled back). Inside a transaction reads go to the database, so the checks of a
 * write never act on a cached copy.
 */
public final class AoRiskProjectSettingsStore
    implements RiskProjectSettingsStore, RiskSettingsByProjectId {

  /** Longest project key accepted. */
  static final int MAX_PROJECT_KEY_LENGTH = 255;

  /** More projects than a Jira holds; {@link #projectKeysUsingModel} never reads beyond it. */
  static final int MAX_PROJECTS = 100_000;

  /** Name of the cache of settings rows by project id. */
  public static final String CACHE_NAME = ReadThroughCache.PREFIX + "risk-settings";

  private final ActiveObjects ao;
  private final ProjectManager projectManager;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;
  private final RiskFieldMappingCodec codec;
  private final ReadThroughCache<Long, Versioned<RiskProjectSettings>> cache;

  public AoRiskProjectSettingsStore(
      ActiveObjects ao,
      ProjectManager projectManager,
      AoTransactions transactions,
      ClusterWriteLocks locks,
      CacheManager cacheManager) {
    this(ao, projectManager, transactions, locks, cacheManager, ReadThroughCache.DEFAULT_EXPIRY);
  }

  /**
   * @param cacheExpiry how long cached settings may be served at most (a bound on staleness should
   *     an invalidation be missed)
   */
  public AoRiskProjectSettingsStore(
      ActiveObjects ao,
      ProjectManager projectManager,
      AoTransactions transactions,
      ClusterWriteLocks locks,
      CacheManager cacheManager,
      Duration cacheExpiry) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
    this.codec = new RiskFieldMappingCodec();
    this.cache =
        new ReadThroughCache<>(
            cacheManager, "risk-settings", cacheExpiry, id -> row(id).map(this::toSettings));
  }

  /** Suffix of the lock name of a project's settings (or the default's). */
  static String lockSuffix(long projectId) {
    return projectId == RiskSettingsEntity.DEFAULT_PROJECT_ID
        ? "risk-settings.default"
        : "risk-settings." + projectId;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Empty, too, when no Jira project has (or had) that key.
   *
   * @throws StoredDataException when the row exists but cannot be read
   */
  @Override
  public Optional<Versioned<RiskProjectSettings>> find(String projectKey) {
    return projectId(projectKey).flatMap(this::settingsOf);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoredDataException when the row exists but cannot be read
   */
  @Override
  public Optional<Versioned<RiskProjectSettings>> findDefault() {
    return settingsOf(RiskSettingsEntity.DEFAULT_PROJECT_ID);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two cached reads at most (the project's row, then the default's), no project lookup.
   */
  @Override
  public Optional<EffectiveSettings> effectiveOf(long projectId) {
    if (projectId <= 0) {
      return Optional.empty();
    }
    Optional<Versioned<RiskProjectSettings>> own = settingsOf(projectId);
    if (own.isPresent()) {
      return Optional.of(new EffectiveSettings(own.get(), true));
    }
    return findDefault().map(d -> new EffectiveSettings(d, false));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when no Jira project has (or had) that key, or the appetite is
   *     not a band key ({@link Band#KEY}) (callers validate first; nothing is written)
   */
  @Override
  public StoreResult<Versioned<RiskProjectSettings>> save(
      String projectKey, RiskProjectSettings settings, long expectedVersion) {
    long projectId =
        projectId(projectKey)
            .orElseThrow(() -> new IllegalArgumentException("no project with key " + projectKey));
    return write(projectId, settings, expectedVersion);
  }

  @Override
  public StoreResult<Versioned<RiskProjectSettings>> saveDefault(
      RiskProjectSettings settings, long expectedVersion) {
    return write(RiskSettingsEntity.DEFAULT_PROJECT_ID, settings, expectedVersion);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Current keys; projects deleted from Jira are left out.
   */
  @Override
  public List<String> projectKeysUsingModel(long modelId) {
    RiskSettingsEntity[] rows =
        ao.find(
            RiskSettingsEntity.class,
            Query.select()
                .where(
                    RiskSettingsEntity.MODEL_ID
                        + " = ? AND "
                        + RiskSettingsEntity.PROJECT_ID
                        + " <> ?",
                    modelId,
                    RiskSettingsEntity.DEFAULT_PROJECT_ID)
                .order(RiskSettingsEntity.PROJECT_ID + " ASC")
                .limit(MAX_PROJECTS));
    List<String> keys = new ArrayList<>();
    for (RiskSettingsEntity row : rows) {
      Project project = projectManager.getProjectObj(row.getProjectId());
      if (project != null && project.getKey() != null) {
        keys.add(project.getKey());
      }
    }
    keys.sort(null);
    return List.copyOf(keys);
  }

  private StoreResult<Versioned<RiskProjectSettings>> write(
      long projectId, RiskProjectSettings settings, long expectedVersion) {
    RiskProjectSettingsStore.checkWrite(settings, expectedVersion);
    String mapping = codec.write(settings.mapping());
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(projectId));
          transactions.afterEnd(() -> cache.invalidate(projectId));
          return writeRow(
              projectId, settings, settings.appetiteBandKey(), mapping, expectedVersion);
        });
  }

  /** The settings row of a project id: from the database inside a transaction, else cached. */
  private Optional<Versioned<RiskProjectSettings>> settingsOf(long projectId) {
    return transactions.isActive() ? row(projectId).map(this::toSettings) : cache.get(projectId);
  }

  private StoreResult<Versioned<RiskProjectSettings>> writeRow(
      long projectId,
      RiskProjectSettings settings,
      String appetite,
      String mapping,
      long expectedVersion) {
    Optional<RiskSettingsEntity> found = row(projectId);
    if (expectedVersion == Versioned.NEW) {
      if (found.isPresent()) {
        return StoreResult.conflict(expectedVersion, found.get().getVersion());
      }
      ao.create(
          RiskSettingsEntity.class,
          new DBParam(RiskSettingsEntity.PROJECT_ID, projectId),
          new DBParam(RiskSettingsEntity.MODEL_ID, settings.modelId()),
          new DBParam(RiskSettingsEntity.APPETITE_BAND, appetite),
          new DBParam(RiskSettingsEntity.FORMAT_VERSION, RiskFieldMappingCodec.FORMAT_VERSION),
          new DBParam(RiskSettingsEntity.MAPPING, mapping),
          new DBParam(RiskSettingsEntity.VERSION, 1L));
      return StoreResult.stored(Versioned.of(settings, 1L));
    }
    if (found.isEmpty()) {
      return StoreResult.missing();
    }
    RiskSettingsEntity row = found.get();
    if (row.getVersion() != expectedVersion) {
      return StoreResult.conflict(expectedVersion, row.getVersion());
    }
    long next = expectedVersion + 1;
    row.setModelId(settings.modelId());
    row.setAppetiteBand(appetite);
    row.setFormatVersion(RiskFieldMappingCodec.FORMAT_VERSION);
    row.setMapping(mapping);
    row.setVersion(next);
    row.save();
    return StoreResult.stored(Versioned.of(settings, next));
  }

  /** The id of the project that has or had {@code projectKey}; empty when none. */
  private Optional<Long> projectId(String projectKey) {
    if (projectKey == null
        || projectKey.isBlank()
        || projectKey.length() > MAX_PROJECT_KEY_LENGTH) {
      return Optional.empty();
    }
    Project project = projectManager.getProjectObjByKeyIgnoreCase(projectKey);
    if (project == null || project.getId() == null || project.getId() <= 0) {
      return Optional.empty();
    }
    return Optional.of(project.getId());
  }

  private Optional<RiskSettingsEntity> row(long projectId) {
    RiskSettingsEntity[] rows =
        ao.find(
            RiskSettingsEntity.class,
            Query.select().where(RiskSettingsEntity.PROJECT_ID + " = ?", projectId).limit(2));
    if (rows.length > 1) {
      throw new StoredDataException(
          RiskSettingsEntity.TABLE + ": two rows for project id " + projectId);
    }
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  private Versioned<RiskProjectSettings> toSettings(RiskSettingsEntity row) {
    String name = RiskSettingsEntity.TABLE + " row " + row.getID();
    if (row.getVersion() < 1) {
      throw new StoredDataException(name + ": version " + row.getVersion() + " is below 1");
    }
    String appetite = row.getAppetiteBand();
    if (appetite != null && !Band.KEY.matcher(appetite).matches()) {
      throw new StoredDataException(name + ": not a band key: " + appetite);
    }
    try {
      RiskProjectSettings settings =
          RiskProjectSettings.of(
              row.getModelId(),
              codec.read(name, row.getFormatVersion(), row.getMapping()),
              appetite);
      return Versioned.of(settings, row.getVersion());
    } catch (IllegalArgumentException e) {
      throw new StoredDataException(name + ": " + e.getMessage(), e);
    }
  }
}
