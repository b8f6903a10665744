package io.lodestar.pmo.engine.standardization.template;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two template versions.
 *
 * @param kind added, removed or changed; never null
 * @param path what changed, e.g. {@code rules.epic-due}, {@code workflows.story.statuses.In
 *     Review}, {@code workflows.story.transitions.Open->Done:Close}, {@code thresholdPercent};
 *     never null
 * @param before the canonical text before; empty when added
 * @param after the canonical text after; empty when removed
 */
public record TemplateChange(
    Kind kind, String path, Optional<String> before, Optional<String> after) {

  /** The kind of difference. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  public TemplateChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  static TemplateChange added(String path, String after) {
    return new TemplateChange(Kind.ADDED, path, Optional.empty(), Optional.of(after));
  }

  static TemplateChange removed(String path, String before) {
    return new TemplateChange(Kind.REMOVED, path, Optional.of(before), Optional.empty());
  }

  static TemplateChange changed(String path, String before, String after) {
    return new TemplateChange(Kind.CHANGED, path, Optional.of(before), Optional.of(after));
  }
}
