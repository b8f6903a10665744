package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.app.shared.error.LodestarException;
import java.util.List;

/**
 * A scoring model cannot be deleted while a project's settings or the portfolio default use it:
 * 409, like a stale version, because the request is valid but conflicts with the stored state.
 * Nothing was changed; the message names the projects.
 */
public final class ModelInUseException extends LodestarException {
  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  public ModelInUseException(String message, long currentVersion) {
    super(message, List.of());
    this.currentVersion = currentVersion;
  }

  /**
   * @return the model's stored version
   */
  public long currentVersion() {
    return currentVersion;
  }

  @Override
  public int status() {
    return 409;
  }
}
