package io.lodestar.pmo.jira.risk.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.jira.shared.persistence.StoredDataException;
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
 */
public final class AoRiskProjectSettingsStore implements RiskProjectSettingsStore {

  /** Longest project key a row can hold. */
  static final int MAX_PROJECT_KEY_LENGTH = 255;

  /** More projects than a Jira holds; {@link #projectKeysUsingModel} never reads beyond it. */
  static final int MAX_PROJECTS = 100_000;

  private final ActiveObjects ao;
  private final RiskFieldMappingCodec codec;

  public AoRiskProjectSettingsStore(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.codec = new RiskFieldMappingCodec();
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoredDataException when the row exists but cannot be read
   */
  @Override
  public Optional<Versioned<RiskProjectSettings>> find(String projectKey) {
    if (!isProjectKey(projectKey)) {
      return Optional.empty();
    }
    return row(projectKey).map(this::toSettings);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoredDataException when the row exists but cannot be read
   */
  @Override
  public Optional<Versioned<RiskProjectSettings>> findDefault() {
    return row(RiskSettingsEntity.DEFAULT_SCOPE).map(this::toSettings);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the project key is blank or longer than 255 characters,
   *     or the appetite is not a band key ({@link Band#KEY}) (callers validate first; nothing is
   *     written)
   */
  @Override
  public StoreResult<Versioned<RiskProjectSettings>> save(
      String projectKey, RiskProjectSettings settings, long expectedVersion) {
    if (!isProjectKey(projectKey)) {
      throw new IllegalArgumentException("not a project key: " + projectKey);
    }
    return write(projectKey, settings, expectedVersion);
  }

  @Override
  public StoreResult<Versioned<RiskProjectSettings>> saveDefault(
      RiskProjectSettings settings, long expectedVersion) {
    return write(RiskSettingsEntity.DEFAULT_SCOPE, settings, expectedVersion);
  }

  @Override
  public List<String> projectKeysUsingModel(long modelId) {
    RiskSettingsEntity[] rows =
        ao.find(
            RiskSettingsEntity.class,
            Query.select()
                .where(
                    RiskSettingsEntity.MODEL_ID + " = ? AND " + RiskSettingsEntity.SCOPE + " <> ?",
                    modelId,
                    RiskSettingsEntity.DEFAULT_SCOPE)
                .order(RiskSettingsEntity.SCOPE + " ASC")
                .limit(MAX_PROJECTS));
    List<String> keys = new ArrayList<>();
    for (RiskSettingsEntity row : rows) {
      keys.add(row.getScope());
    }
    keys.sort(null);
    return List.copyOf(keys);
  }

  private StoreResult<Versioned<RiskProjectSettings>> write(
      String scope, RiskProjectSettings settings, long expectedVersion) {
    Objects.requireNonNull(settings, "settings");
    String appetite = settings.appetiteBandKey();
    if (appetite != null && !Band.KEY.matcher(appetite).matches()) {
      throw new IllegalArgumentException("not a band key: " + appetite);
    }
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion < 0: " + expectedVersion);
    }
    String mapping = codec.write(settings.mapping());
    return ao.executeInTransaction(
        () -> {
          Optional<RiskSettingsEntity> found = row(scope);
          if (expectedVersion == Versioned.NEW) {
            if (found.isPresent()) {
              return StoreResult.conflict(expectedVersion, found.get().getVersion());
            }
            ao.create(
                RiskSettingsEntity.class,
                new DBParam(RiskSettingsEntity.SCOPE, scope),
                new DBParam(RiskSettingsEntity.MODEL_ID, settings.modelId()),
                new DBParam(RiskSettingsEntity.APPETITE_BAND, appetite),
                new DBParam(
                    RiskSettingsEntity.FORMAT_VERSION, RiskFieldMappingCodec.FORMAT_VERSION),
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
        });
  }

  private Optional<RiskSettingsEntity> row(String scope) {
    RiskSettingsEntity[] rows =
        ao.find(
            RiskSettingsEntity.class,
            Query.select().where(RiskSettingsEntity.SCOPE + " = ?", scope).limit(2));
    if (rows.length > 1) {
      throw new StoredDataException(RiskSettingsEntity.TABLE + ": two rows for scope " + scope);
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

  private static boolean isProjectKey(String key) {
    return key != null
        && !key.isBlank()
        && key.length() <= MAX_PROJECT_KEY_LENGTH
        && !key.equals(RiskSettingsEntity.DEFAULT_SCOPE);
  }
}
