package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.beehive.ClusterLock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Stages races between writers, deterministically, for the persistence tests. */
public final class Races {

  private static final long TIMEOUT_SECONDS = 10;

  private Races() {}

  /**
   * Runs {@code first} on a thread of its own. Right after its first database read (so inside its
   * transaction, past its version read if it took no lock, or holding its lock if it took one)
   * {@code second} starts on another thread, and {@code first} waits until {@code second} has
   * finished or {@code secondIsWaiting} says it is blocked. Without a lock {@code second} thus
   * reads the same version as {@code first} and commits before it: the lost-update interleaving.
   *
   * @return the results of {@code first} and {@code second}, in that order
   */
  public static <T> List<T> race(
      InMemoryActiveObjects ao,
      BooleanSupplier secondIsWaiting,
      Supplier<T> first,
      Supplier<T> second)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      AtomicReference<Future<T>> secondResult = new AtomicReference<>();
      ao.onNextRead(
          () -> {
            Future<T> started = pool.submit(second::get);
            secondResult.set(started);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!started.isDone()
                && !secondIsWaiting.getAsBoolean()
                && System.nanoTime() < deadline) {
              Thread.onSpinWait();
            }
          });
      T firstResult = pool.submit(first::get).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      Future<T> started = secondResult.get();
      if (started == null) {
        throw new AssertionError("the first writer read nothing, so the second never started");
      }
      return List.of(firstResult, started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Starts a thread that takes lock {@code name}, as another node would, and keeps it until the
   * thread is interrupted. Returns once the lock is held.
   */
  public static Thread holdLock(InMemoryClusterLockService lockService, String name)
      throws InterruptedException {
    CountDownLatch held = new CountDownLatch(1);
    Thread thread =
        new Thread(
            () -> {
              ClusterLock lock = lockService.getLockForName(name);
              lock.lock();
              held.countDown();
              try {
                new CountDownLatch(1).await();
              } catch (InterruptedException e) {
                // told to let go
              } finally {
                lock.unlock();
              }
            },
            "other-node");
    thread.start();
    if (!held.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("could not take " + name);
    }
    return thread;
  }
}
