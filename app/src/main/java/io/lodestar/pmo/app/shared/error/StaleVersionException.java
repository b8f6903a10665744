package io.lodestar.pmo.app.shared.error;

import java.util.List;

/**
 * Someone else changed the thing since the client read it (its version moved on); nothing was
 * changed: 409.
 */
public final class StaleVersionException extends LodestarException {
  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  public StaleVersionException(String message, long currentVersion) {
    super(message, List.of());
    this.currentVersion = currentVersion;
  }

  /**
   * @return the version now stored, so the client can reload and retry
   */
  public long currentVersion() {
    return currentVersion;
  }

  @Override
  public int status() {
    return 409;
  }
}
