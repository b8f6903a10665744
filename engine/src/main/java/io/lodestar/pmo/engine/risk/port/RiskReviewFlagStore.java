package io.lodestar.pmo.engine.risk.port;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Port: overdue-review flags, one per risk issue at most. */
public interface RiskReviewFlagStore {

  /**
   * The flags of one project's risks, all of them (no cap: a project has at most one flag per risk
   * issue, and implementations page through their rows rather than stopping at a limit), in issue
   * key order; never null.
   */
  List<ReviewFlag> flagsOf(String projectKey);

  /** Creates or replaces the flag of {@code flag.issueKey()}. */
  void save(ReviewFlag flag);

  /** Removes the flag of {@code issueKey}; no-op when there is none. */
  void clear(String issueKey);

  /**
   * Creates or replaces {@code saves} and removes the flags of {@code clears}, all in one
   * transaction and in batches: a failure leaves every flag as it was. The review reminder writes a
   * run's flags this way, not one transaction per flag.
   *
   * @param saves flags to create or replace, at most one per issue key; never null
   * @param clears issue keys whose flags to remove (no-op for keys without one), none also in
   *     {@code saves}; never null
   * @throws IllegalArgumentException when an issue key appears twice (nothing is written)
   */
  void writeAll(List<ReviewFlag> saves, List<String> clears);

  /**
   * Checks what every implementation's {@link #writeAll} receives, before it writes anything.
   *
   * @throws NullPointerException when a list, a flag or a key is null
   * @throws IllegalArgumentException when an issue key appears twice
   */
  static void checkWriteAll(List<ReviewFlag> saves, List<String> clears) {
    Objects.requireNonNull(saves, "saves");
    Objects.requireNonNull(clears, "clears");
    Set<String> keys = new HashSet<>();
    for (ReviewFlag flag : saves) {
      if (!keys.add(Objects.requireNonNull(flag, "flag").issueKey())) {
        throw new IllegalArgumentException("issue key twice: " + flag.issueKey());
      }
    }
    for (String key : clears) {
      if (!keys.add(Objects.requireNonNull(key, "clears element"))) {
        throw new IllegalArgumentException("issue key twice: " + key);
      }
    }
  }
}
