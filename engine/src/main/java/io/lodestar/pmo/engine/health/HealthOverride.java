package io.lodestar.pmo.engine.health;

import io.lodestar.pmo.engine.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A manager's manual health, which needs a reason and an expiry; the computed value is always shown
 * beside it and it is kept in history (audited).
 *
 * @param rag the overriding colour
 * @param reason why, 1 to {@link #MAX_REASON} characters
 * @param expiresOn the last day the override holds; after it the computed health is shown alone
 * @param setBy user key of who set it
 * @param setAt when
 */
public record HealthOverride(
    Rag rag, String reason, LocalDate expiresOn, String setBy, Instant setAt) {

  public static final int MAX_REASON = 1_000;

  /** The longest an override may last: a year and a day from when it is set. */
  public static final int MAX_DAYS = 366;

  public HealthOverride {
    Objects.requireNonNull(rag, "rag");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(expiresOn, "expiresOn");
    Objects.requireNonNull(setBy, "setBy");
    Objects.requireNonNull(setAt, "setAt");
  }

  /**
   * Checks a requested override: a reason is required and bounded, the expiry must be after today
   * and at most {@link #MAX_DAYS} days ahead.
   *
   * @return the violations, empty when the request is valid
   */
  public static List<Violation> check(
      Rag rag, String reason, LocalDate expiresOn, LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    if (rag == null) {
      violations.add(Violation.of("rag", "lodestar.health.override.ragRequired"));
    }
    if (reason == null || reason.isBlank()) {
      violations.add(Violation.of("reason", "lodestar.health.override.reasonRequired"));
    } else if (reason.length() > MAX_REASON) {
      violations.add(Violation.of("reason", "lodestar.health.override.reasonTooLong", MAX_REASON));
    }
    if (expiresOn == null) {
      violations.add(Violation.of("expiresOn", "lodestar.health.override.expiryRequired"));
    } else if (!expiresOn.isAfter(today)) {
      violations.add(Violation.of("expiresOn", "lodestar.health.override.expiryPast", today));
    } else if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
      violations.add(Violation.of("expiresOn", "lodestar.health.override.expiryTooFar", MAX_DAYS));
    }
    return violations;
  }

  /** Whether the override holds on {@code date}. */
  public boolean isActiveOn(LocalDate date) {
    return !date.isAfter(expiresOn);
  }
}
