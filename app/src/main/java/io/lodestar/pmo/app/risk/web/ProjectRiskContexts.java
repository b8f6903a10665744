package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.engine.risk.assessment.RiskAssessor;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.util.Objects;
import java.util.Optional;

/**
 * The risk settings and scoring model that apply to a project, as the panels, pages and custom
 * fields need them.
 *
 * <p>Cluster-correctness: this class keeps no state of its own. Every call asks the two stores,
 * whose Active Objects implementations are the one source of truth shared by all nodes (and whose
 * caches, if any, must be replicated and invalidated on write). A node-local cache here would show
 * a stale model on one node after an admin saved it on another, and would index stale values into
 * the custom fields, so there is none.
 */
public final class ProjectRiskContexts {

  private final RiskProjectSettingsStore settings;
  private final ScoringModelStore models;

  public ProjectRiskContexts(RiskProjectSettingsStore settings, ScoringModelStore models) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.models = Objects.requireNonNull(models, "models");
  }

  /**
   * @param projectKey a project key; may be null
   * @return the project's settings and model; empty when risk management is not configured for the
   *     project (no own settings, no default) or its model no longer exists
   */
  public Optional<ProjectRiskContext> forProject(String projectKey) {
    if (projectKey == null || projectKey.isBlank()) {
      return Optional.empty();
    }
    return settings
        .effective(projectKey)
        .flatMap(s -> models.find(s.modelId()).map(m -> new ProjectRiskContext(s, m)));
  }

  /**
   * The settings and model of one project.
   *
   * @param settings the effective settings
   * @param model the scoring model they name
   */
  public record ProjectRiskContext(RiskProjectSettings settings, ScoringModel model) {
    public ProjectRiskContext {
      Objects.requireNonNull(settings, "settings");
      Objects.requireNonNull(model, "model");
    }

    /**
     * @return an assessor for the model
     */
    public RiskAssessor assessor() {
      return new RiskAssessor(model);
    }

    /**
     * @param issueTypeId a host issue type id
     * @return whether issues of that type are risks in this project: exactly the designated types,
     *     as for the risk source (saved settings designate at least one)
     */
    public boolean isRiskType(String issueTypeId) {
      return issueTypeId != null && settings.mapping().riskIssueTypeIds().contains(issueTypeId);
    }
  }
}
