package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.register.RegisterWindow;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.util.Objects;

/**
 * A page of one project's risk register.
 *
 * @param projectKey the project
 * @param model the scoring model the rows were assessed with
 * @param window the rows, the matched count and the scanned count
 * @param totalVisible risk issues the viewer may browse
 * @param hidden risk issues the viewer may not browse ("N items hidden")
 */
public record RegisterPage(
    String projectKey, ScoringModel model, RegisterWindow window, long totalVisible, long hidden) {

  public RegisterPage {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(window, "window");
  }
}
