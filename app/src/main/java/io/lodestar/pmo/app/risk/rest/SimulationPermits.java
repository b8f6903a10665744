package io.lodestar.pmo.app.risk.rest;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many exposure simulations may run at once on this node. A simulation holds one CPU for up to
 * a few hundred milliseconds ({@code ExposureLimits}), so a handful of them at once is plenty and
 * more would starve Jira's own request threads. When every permit is taken, the caller is refused
 * at once (503 with {@code Retry-After}) rather than queued, so that no request thread waits.
 *
 * <p>Node-local on purpose: it protects this node's CPU and holds no state anyone reads back, so it
 * is no source of truth and needs no cluster coordination. One bean per node (Spring singleton).
 */
public final class SimulationPermits {

  /** Seconds a refused caller is told to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private final Semaphore permits;
  private final int maxConcurrent;

  /**
   * @param maxConcurrent simulations allowed at once, at least 1
   */
  public SimulationPermits(int maxConcurrent) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("maxConcurrent < 1: " + maxConcurrent);
    }
    this.maxConcurrent = maxConcurrent;
    this.permits = new Semaphore(maxConcurrent);
  }

  /**
   * Runs {@code work} holding one permit, released however the work ends.
   *
   * @param busyMessage text of the refusal, resolved by the caller
   * @return what {@code work} returned
   * @throws SimulationBusyException when no permit is free
   */
  public <T> T run(Supplier<T> work, String busyMessage) {
    if (!permits.tryAcquire()) {
      throw new SimulationBusyException(busyMessage, RETRY_AFTER_SECONDS);
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  /** Simulations allowed at once. */
  public int maxConcurrent() {
    return maxConcurrent;
  }

  /** Permits free right now (for tests and diagnostics). */
  public int available() {
    return permits.availablePermits();
  }
}
