package io.lodestar.pmo.jira.risk.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import io.lodestar.pmo.app.risk.persistence.ScoringModelCodec;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.ReadThroughCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ScoringModelStore} on Active Objects. Each write is one transaction that reads the row,
 * compares its version and writes; the definition text is built before the transaction starts, so a
 * model that cannot be written never touches the database.
 *
 * <p>Transactions: every write runs in {@link AoTransactions#inTransaction}, so it joins the
 * transaction of the engine service that calls it (with the service's audit entry).
 *
 * <p>Concurrency: updates and deletes of a model take the cluster lock {@code
 * lodestar.internal.lock.risk-model.<id>} before reading the row and hold it until the outermost
 * transaction has ended ({@link ClusterWriteLocks}), so of two writers sending the same version
 * exactly one wins and the other gets a version conflict, on one node or several.
 *
 * <p>Caching: {@link #find(long)} (called for every issue the custom fields and the panel score)
 * reads through the cluster cache {@value #CACHE_NAME} of parsed models by id, absences included.
 * Every write invalidates the model's entry once the outermost transaction has ended (committed or
 * rolled back). Inside a transaction {@link #find(long)} reads the database, so the checks of a
 * write never act on a cached copy; {@link #list()} always reads the database.
 */
public final class AoScoringModelStore implements ScoringModelStore {

  /** More models than any PMO configures; {@link #list()} never reads beyond it. */
  static final int MAX_MODELS = 1000;

  /** Name of the cache of parsed models. */
  public static final String CACHE_NAME = ReadThroughCache.PREFIX + "risk-model";

  private static final Logger LOG = LoggerFactory.getLogger(AoScoringModelStore.class);

  private final ActiveObjects ao;
  private final ScoringModelCodec codec;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;
  private final ReadThroughCache<Long, ScoringModel> cache;

  public AoScoringModelStore(
      ActiveObjects ao,
      AoTransactions transactions,
      ClusterWriteLocks locks,
      CacheManager cacheManager) {
    this(ao, transactions, locks, cacheManager, ReadThroughCache.DEFAULT_EXPIRY);
  }

  /**
   * @param cacheExpiry how long a cached model may be served at most (a bound on staleness should
   *     an invalidation be missed)
   */
  public AoScoringModelStore(
      ActiveObjects ao,
      AoTransactions transactions,
      ClusterWriteLocks locks,
      CacheManager cacheManager,
      Duration cacheExpiry) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
    this.codec = new ScoringModelCodec();
    this.cache =
        new ReadThroughCache<>(
            cacheManager, "risk-model", cacheExpiry, id -> row(id).map(this::toModel));
  }

  /** Suffix of the lock name of model {@code id}. */
  static String lockSuffix(long id) {
    return "risk-model." + id;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A row that cannot be read is left out and logged (so that the others stay usable and the
   * broken one can be found by id); {@link #find(long)} of that id fails.
   */
  @Override
  public List<ScoringModel> list() {
    ScoringModelEntity[] rows =
        ao.find(ScoringModelEntity.class, Query.select().order("ID ASC").limit(MAX_MODELS));
    List<ScoringModel> models = new ArrayList<>();
    for (ScoringModelEntity row : rows) {
      try {
        models.add(toModel(row));
      } catch (StoredDataException e) {
        LOG.error("Lodestar: skipping an unreadable scoring model. {}", e.getMessage());
      }
    }
    models.sort(Comparator.comparing(ScoringModel::name).thenComparingLong(ScoringModel::id));
    return List.copyOf(models);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Outside a transaction, served from the cache after the first read of each id.
   *
   * @throws StoredDataException when the row exists but does not hold a valid model
   */
  @Override
  public Optional<ScoringModel> find(long id) {
    if (id <= 0 || id > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return transactions.isActive() ? row(id).map(this::toModel) : cache.get(id);
  }

  @Override
  public ScoringModel create(ScoringModel model) {
    Objects.requireNonNull(model, "model");
    String definition = codec.write(model);
    String kind = model.kind().name();
    int id =
        transactions.inTransaction(
            () -> {
              int created =
                  ao.create(
                          ScoringModelEntity.class,
                          new DBParam(ScoringModelEntity.NAME, model.name()),
                          new DBParam(ScoringModelEntity.KIND, kind),
                          new DBParam(
                              ScoringModelEntity.FORMAT_VERSION, ScoringModelCodec.FORMAT_VERSION),
                          new DBParam(ScoringModelEntity.DEFINITION, definition),
                          new DBParam(ScoringModelEntity.VERSION, 1L))
                      .getID();
              // A read of this id before it existed left a cached absence.
              transactions.afterEnd(() -> cache.invalidate((long) created));
              return created;
            });
    return model.withIdentity(id, 1);
  }

  @Override
  public StoreResult<ScoringModel> update(ScoringModel model, long expectedVersion) {
    Objects.requireNonNull(model, "model");
    String definition = codec.write(model);
    return locked(
        model.id(),
        () -> {
          Optional<ScoringModelEntity> found = row(model.id());
          if (found.isEmpty()) {
            return StoreResult.missing();
          }
          ScoringModelEntity row = found.get();
          if (row.getVersion() != expectedVersion) {
            return StoreResult.conflict(expectedVersion, row.getVersion());
          }
          long next = expectedVersion + 1;
          row.setName(model.name());
          row.setKind(model.kind().name());
          row.setFormatVersion(ScoringModelCodec.FORMAT_VERSION);
          row.setDefinition(definition);
          row.setVersion(next);
          row.save();
          return StoreResult.stored(model.withIdentity(model.id(), next));
        });
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoredDataException when the row exists but does not hold a valid model (nothing is
   *     deleted)
   */
  @Override
  public StoreResult<ScoringModel> delete(long id, long expectedVersion) {
    return locked(
        id,
        () -> {
          Optional<ScoringModelEntity> found = row(id);
          if (found.isEmpty()) {
            return StoreResult.missing();
          }
          ScoringModelEntity row = found.get();
          if (row.getVersion() != expectedVersion) {
            return StoreResult.conflict(expectedVersion, row.getVersion());
          }
          ScoringModel deleted = toModel(row);
          ao.delete(row);
          return StoreResult.stored(deleted);
        });
  }

  /**
   * Runs {@code work} in a transaction (or the caller's) holding the model's cluster lock, and
   * invalidates the model's cache entry once the outermost transaction has ended.
   */
  private <T> StoreResult<T> locked(long id, Supplier<StoreResult<T>> work) {
    if (id <= 0 || id > Integer.MAX_VALUE) {
      return StoreResult.missing();
    }
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(id));
          transactions.afterEnd(() -> cache.invalidate(id));
          return work.get();
        });
  }

  private Optional<ScoringModelEntity> row(long id) {
    if (id <= 0 || id > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.ofNullable(ao.get(ScoringModelEntity.class, (int) id));
  }

  private ScoringModel toModel(ScoringModelEntity row) {
    return codec.read(
        row.getID(),
        row.getName(),
        row.getKind(),
        row.getVersion(),
        row.getFormatVersion(),
        row.getDefinition());
  }
}
