package io.lodestar.pmo.engine.standardization.apply;

import java.util.List;
import java.util.Objects;

/**
 * Exactly what applying a template version would change, in order. An empty plan means the project
 * already has the template's configuration.
 *
 * @param projectKey the project (new or existing); never null
 * @param templateId never null
 * @param templateVersion at least 1
 * @param steps the changes in execution order; copied
 * @param migrations every status migration of the plan (also held by its association step); copied
 * @param openPoints rules the plan leaves failing; copied
 */
public record ApplyPlan(
    String projectKey,
    String templateId,
    int templateVersion,
    List<ApplyStep> steps,
    List<StatusMigration> migrations,
    List<OpenPoint> openPoints) {

  public ApplyPlan {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(templateId, "templateId");
    steps = List.copyOf(steps);
    migrations = List.copyOf(migrations);
    openPoints = List.copyOf(openPoints);
  }

  /** True when nothing would change. */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** Issues whose status changes, over all migrations. */
  public long issuesMigrated() {
    return migrations.stream().mapToLong(StatusMigration::issues).sum();
  }
}
