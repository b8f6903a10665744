package io.lodestar.pmo.engine.risk.port;

import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: per-project risk settings and the portfolio-wide default, each with an optimistic-locking
 * version ({@link Versioned}: 1 after the first save, +1 per save).
 */
public interface RiskProjectSettingsStore {

  /** The project's own settings, or empty when it has none (the default then applies). */
  Optional<Versioned<RiskProjectSettings>> find(String projectKey);

  /** The portfolio-wide default, or empty when none is configured. */
  Optional<Versioned<RiskProjectSettings>> findDefault();

  /**
   * The settings that apply to {@code projectKey}: its own, else the default, else empty (risk
   * management is not configured for it).
   */
  default Optional<RiskProjectSettings> effective(String projectKey) {
    return find(projectKey).or(this::findDefault).map(Versioned::value);
  }

  /**
   * Creates ({@code expectedVersion} = {@link Versioned#NEW}) or replaces a project's settings.
   *
   * @return {@code Stored} with the new version; {@code Missing} when updating settings that do not
   *     exist; {@code VersionConflict} when the stored version differs (including creating settings
   *     that already exist)
   */
  StoreResult<Versioned<RiskProjectSettings>> save(
      String projectKey, RiskProjectSettings settings, long expectedVersion);

  /** Like {@link #save} for the portfolio-wide default. */
  StoreResult<Versioned<RiskProjectSettings>> saveDefault(
      RiskProjectSettings settings, long expectedVersion);

  /** Keys of the projects whose own settings use scoring model {@code modelId}, sorted. */
  List<String> projectKeysUsingModel(long modelId);

  /** Whether the portfolio default uses scoring model {@code modelId}. */
  default boolean defaultUsesModel(long modelId) {
    return findDefault().map(v -> v.value().modelId() == modelId).orElse(false);
  }

  /**
   * Checks what every implementation's save receives, before it writes anything.
   *
   * @throws NullPointerException when {@code settings} is null
   * @throws IllegalArgumentException when the appetite is not a band key or {@code expectedVersion
   *     < 0}
   */
  static void checkWrite(RiskProjectSettings settings, long expectedVersion) {
    Objects.requireNonNull(settings, "settings");
    String appetite = settings.appetiteBandKey();
    if (appetite != null && !Band.KEY.matcher(appetite).matches()) {
      throw new IllegalArgumentException("not a band key: " + appetite);
    }
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion < 0: " + expectedVersion);
    }
  }
}
