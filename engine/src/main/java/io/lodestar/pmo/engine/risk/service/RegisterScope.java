package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.util.Objects;

/**
 * A project's register settings and scoring model, resolved once ({@link
 * RiskRegisterService#scope}) so that an adapter can validate a request against the model and then
 * stream the register with exactly that model, even if the configuration changes meanwhile.
 *
 * @param projectKey the project; never null
 * @param settings its effective settings (its own or the default); never null
 * @param model the scoring model the settings name; never null
 */
public record RegisterScope(String projectKey, RiskProjectSettings settings, ScoringModel model) {

  public RegisterScope {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(model, "model");
  }
}
