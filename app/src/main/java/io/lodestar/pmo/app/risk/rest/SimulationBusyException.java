package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.app.shared.error.LodestarException;
import java.util.List;

/**
 * Every exposure-simulation permit of this node is taken: 503 Service Unavailable, with a {@code
 * Retry-After} header added by {@link SimulationBusyExceptionMapper}. 503 rather than 429 because
 * the limit is the node's capacity, shared by all users, not a quota the caller exceeded.
 */
public final class SimulationBusyException extends LodestarException {
  private static final long serialVersionUID = 1L;

  private final int retryAfterSeconds;

  public SimulationBusyException(String message, int retryAfterSeconds) {
    super(message, List.of());
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds the client should wait before trying again. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public int status() {
    return 503;
  }
}
