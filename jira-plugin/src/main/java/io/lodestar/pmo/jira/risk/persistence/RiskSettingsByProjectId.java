package io.lodestar.pmo.jira.risk.persistence;

import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.shared.Versioned;
import java.util.Objects;
import java.util.Optional;

/**
 * The effective risk settings of a Jira project looked up by its id, the way the settings table is
 * keyed: no project-key translation, so the calculated custom fields (called for every issue of a
 * re-index, each of which carries its project id) skip the key lookup, and a key rename changes
 * nothing.
 */
public interface RiskSettingsByProjectId {

  /**
   * @param projectId a Jira project id
   * @return the project's own settings, else the portfolio default, with their version and which
   *     one it is; empty when neither exists or the id is not positive
   * @throws io.lodestar.pmo.app.shared.persistence.StoredDataException when the row that applies
   *     cannot be read
   */
  Optional<EffectiveSettings> effectiveOf(long projectId);

  /**
   * Settings that apply to a project.
   *
   * @param settings the settings and their optimistic-locking version; never null
   * @param own true for the project's own row, false for the portfolio default
   */
  record EffectiveSettings(Versioned<RiskProjectSettings> settings, boolean own) {
    public EffectiveSettings {
      Objects.requireNonNull(settings, "settings");
    }
  }
}
