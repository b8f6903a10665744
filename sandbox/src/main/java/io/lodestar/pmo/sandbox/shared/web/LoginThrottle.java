package io.lodestar.pmo.sandbox.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Failed sign-ins counted per user name and per client address, in a fixed window of {@link
 * #WINDOW} from the first failure: after {@value #MAX_FAILURES_PER_USER_NAME} failures for one user
 * name, or {@value #MAX_FAILURES_PER_ADDRESS} from one address, further attempts are refused (the
 * password is not even checked) until the window has passed. A successful sign-in clears the user
 * name's count. Memory is bounded: each table keeps the {@value #MAX_TRACKED} most recently failing
 * keys (least recently used dropped first). Thread-safe.
 */
public final class LoginThrottle {

  /** Failures of one user name (ignoring case) before sign-in is refused. */
  public static final int MAX_FAILURES_PER_USER_NAME = 5;

  /** Failures from one client address before sign-in is refused. */
  public static final int MAX_FAILURES_PER_ADDRESS = 30;

  /** How long failures count, from the first one of a window. */
  public static final Duration WINDOW = Duration.ofMinutes(5);

  /** Most keys each table remembers. */
  static final int MAX_TRACKED = 10_000;

  private final Clock clock;
  private final Map<String, Failures> byUserName = lru();
  private final Map<String, Failures> byAddress = lru();

  public LoginThrottle(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @return how long the caller must wait before trying again; {@link Duration#ZERO} when a sign-in
   *     may be attempted
   */
  public synchronized Duration waitBefore(String userName, String address) {
    Instant now = clock.instant();
    Duration byName = wait(byUserName.get(key(userName)), MAX_FAILURES_PER_USER_NAME, now);
    Duration byAddr = wait(byAddress.get(key(address)), MAX_FAILURES_PER_ADDRESS, now);
    return byName.compareTo(byAddr) >= 0 ? byName : byAddr;
  }

  /** Counts a failed sign-in. */
  public synchronized void failed(String userName, String address) {
    Instant now = clock.instant();
    count(byUserName, key(userName), now);
    count(byAddress, key(address), now);
  }

  /** Clears the user name's failures after a successful sign-in. */
  public synchronized void succeeded(String userName) {
    byUserName.remove(key(userName));
  }

  /** Number of keys remembered (both tables), for tests of the bound. */
  synchronized int tracked() {
    return byUserName.size() + byAddress.size();
  }

  private static Duration wait(Failures failures, int max, Instant now) {
    if (failures == null || failures.count() < max) {
      return Duration.ZERO;
    }
    Instant end = failures.since().plus(WINDOW);
    return now.isBefore(end) ? Duration.between(now, end) : Duration.ZERO;
  }

  private static void count(Map<String, Failures> table, String key, Instant now) {
    Failures before = table.get(key);
    boolean expired = before == null || !now.isBefore(before.since().plus(WINDOW));
    table.put(
        key, expired ? new Failures(1, now) : new Failures(before.count() + 1, before.since()));
  }

  private static String key(String value) {
    return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Failures> lru() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > MAX_TRACKED;
      }
    };
  }

  private record Failures(int count, Instant since) {}
}
