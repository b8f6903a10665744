package io.lodestar.pmo.jira.risk.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.jira.shared.persistence.StoredDataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ScoringModelStore} on Active Objects. Each write is one transaction that reads the row,
 * compares its version and writes; the definition text is built before the transaction starts, so a
 * model that cannot be written never touches the database.
 *
 * <p>Concurrency: the version check and the write run in one transaction, which serialises writers
 * on databases that lock the row for the update; under READ COMMITTED two nodes saving the same
 * version in the same instant may both pass the check (the later write wins). Scoring models are
 * edited rarely and by few people, so this is accepted rather than paid for with an extra table.
 */
public final class AoScoringModelStore implements ScoringModelStore {

  /** More models than any PMO configures; {@link #list()} never reads beyond it. */
  static final int MAX_MODELS = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(AoScoringModelStore.class);

  private final ActiveObjects ao;
  private final ScoringModelCodec codec;

  public AoScoringModelStore(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.codec = new ScoringModelCodec();
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
   * @throws StoredDataException when the row exists but does not hold a valid model
   */
  @Override
  public Optional<ScoringModel> find(long id) {
    return row(id).map(this::toModel);
  }

  @Override
  public ScoringModel create(ScoringModel model) {
    Objects.requireNonNull(model, "model");
    String definition = codec.write(model);
    String kind = model.kind().name();
    int id =
        ao.executeInTransaction(
            () ->
                ao.create(
                        ScoringModelEntity.class,
                        new DBParam(ScoringModelEntity.NAME, model.name()),
                        new DBParam(ScoringModelEntity.KIND, kind),
                        new DBParam(
                            ScoringModelEntity.FORMAT_VERSION, ScoringModelCodec.FORMAT_VERSION),
                        new DBParam(ScoringModelEntity.DEFINITION, definition),
                        new DBParam(ScoringModelEntity.VERSION, 1L))
                    .getID());
    return model.withIdentity(id, 1);
  }

  @Override
  public StoreResult<ScoringModel> update(ScoringModel model, long expectedVersion) {
    Objects.requireNonNull(model, "model");
    String definition = codec.write(model);
    return ao.executeInTransaction(
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
    return ao.executeInTransaction(
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
