package io.lodestar.pmo.engine.standardization.template;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OTHER_TEMPLATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.VERSION_NOT_FOUND;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.VERSION_NOT_NEWER;

import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Which template version a project follows. A project follows exactly one version of one template
 * and moves only forward, to a newer version of the same template.
 *
 * @param projectKey the project key; never null
 * @param templateId the template's id; never null
 * @param version the version followed, at least 1
 */
public record TemplateAssignment(String projectKey, String templateId, int version) {

  public TemplateAssignment {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(templateId, "templateId");
    if (version < 1) {
      throw new IllegalArgumentException("version < 1: " + version);
    }
  }

  /** The project follows {@code version}. */
  public static TemplateAssignment of(String projectKey, TemplateVersion version) {
    return new TemplateAssignment(projectKey, version.templateId(), version.number());
  }

  /**
   * The changes a move from the followed version to {@code target} brings, refused when {@code
   * target} is not a newer, existing version of the same template.
   */
  public Outcome<List<TemplateChange>> diffTo(Template template, int target) {
    return check(template, target)
        .map(
            ignored ->
                TemplateDiff.between(
                    template.version(version).orElseThrow(),
                    template.version(target).orElseThrow()));
  }

  /** This project following {@code target}, refused as {@link #diffTo} refuses. */
  public Outcome<TemplateAssignment> moveTo(Template template, int target) {
    return check(template, target)
        .map(ignored -> new TemplateAssignment(projectKey, templateId, target));
  }

  private Outcome<Integer> check(Template template, int target) {
    if (!template.id().equals(templateId)) {
      return Outcome.invalid(Violation.of("templateId", OTHER_TEMPLATE, templateId));
    }
    if (template.version(target).isEmpty() || template.version(version).isEmpty()) {
      return Outcome.notFound(VERSION_NOT_FOUND, templateId, target);
    }
    if (target <= version) {
      return Outcome.invalid(Violation.of("version", VERSION_NOT_NEWER, version, target));
    }
    return Outcome.ok(target);
  }
}
