package io.lodestar.pmo.app.shared.audit;

/**
 * Which audit entries to read: all of them, those of one kind of thing ({@code targetType}), or
 * those of one thing ({@code targetType} and {@code targetId}, e.g. one project's risk settings).
 *
 * @param targetType only entries of this target type, e.g. {@code risk.projectSettings}; null = any
 * @param targetId only entries of this target id (a project key, a model id); null = any. Only
 *     together with a {@code targetType}, since ids of different types may coincide
 */
public record AuditFilter(String targetType, String targetId) {

  /** Every entry. */
  public static final AuditFilter ALL = new AuditFilter(null, null);

  /** Longest type or id (the hosts' VARCHAR(255) columns). */
  public static final int MAX_LENGTH = 255;

  public AuditFilter {
    targetType = blankToNull(targetType);
    targetId = blankToNull(targetId);
    if (targetId != null && targetType == null) {
      throw new IllegalArgumentException("targetId needs a targetType");
    }
    if ((targetType != null && targetType.length() > MAX_LENGTH)
        || (targetId != null && targetId.length() > MAX_LENGTH)) {
      throw new IllegalArgumentException("filter longer than " + MAX_LENGTH);
    }
  }

  /** Entries of one target type. */
  public static AuditFilter ofType(String targetType) {
    return new AuditFilter(targetType, null);
  }

  /** Entries of one target. */
  public static AuditFilter ofTarget(String targetType, String targetId) {
    return new AuditFilter(targetType, targetId);
  }

  /** Whether this filter lets every entry through. */
  public boolean isAll() {
    return targetType == null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
