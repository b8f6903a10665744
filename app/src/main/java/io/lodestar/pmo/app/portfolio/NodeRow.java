package io.lodestar.pmo.app.portfolio;

import io.lodestar.pmo.engine.health.Health;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.Progress;
import io.lodestar.pmo.engine.rollup.Rollup;
import java.util.Objects;
import java.util.Optional;

/**
 * One child of a node as the viewer sees it: a program, a project or an epic, with its rollup and
 * progress; projects also with their health (computed, and the override beside it), programs with
 * the worst computed health of their visible projects.
 *
 * @param kind {@code PROGRAM}, {@code PROJECT} or {@code EPIC}
 * @param key the node, project or issue key
 * @param name its name or summary
 * @param rollup its rollup; empty while the index warms
 * @param progress its % complete by the portfolio's method; empty while the index warms
 * @param health a project's health; empty for programs and epics
 * @param worstComputed a program's worst computed health of its visible projects
 */
public record NodeRow(
    String kind,
    String key,
    String name,
    Optional<Rollup> rollup,
    Optional<Progress> progress,
    Optional<Health> health,
    Optional<Rag> worstComputed) {
  public NodeRow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rollup, "rollup");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(worstComputed, "worstComputed");
  }
}
