package io.lodestar.pmo.engine.risk.port;

/**
 * Port: a request to stop a long run early, polled by the run between units of work (the Jira
 * scheduler's {@code JobRunnerRequest.isCancellationRequested()}). Polled often, so it must be
 * cheap and must not block.
 */
@FunctionalInterface
public interface Cancellation {

  /** Never requests cancellation. */
  Cancellation NEVER = () -> false;

  /** Whether the caller asked the run to stop. */
  boolean isRequested();
}
