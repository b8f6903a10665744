package io.lodestar.pmo.engine.standardization.compliance;

import io.lodestar.pmo.engine.standardization.config.ConfigurationPort;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.config.SchemeCache;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs a {@link ScanPlan}: judges projects in cursor order, stores each result and the moved
 * cursor, and checks for cancellation before each project. One call reads each scheme once (one
 * {@link SchemeCache} per call) and runs one count per (artifact rule, project). The host runs it
 * under a cluster lock (nightly job or "scan now"); a call may stop after {@code maxProjects} so a
 * long scan can be spread over several runs.
 */
public final class ComplianceScan {

  private final ComplianceEvaluator evaluator;
  private final ConfigurationPort configuration;
  private final ArtifactCountPort counts;
  private final TemplateCatalog templates;
  private final ScanStore store;
  private final Clock clock;

  public ComplianceScan(
      ComplianceEvaluator evaluator,
      ConfigurationPort configuration,
      ArtifactCountPort counts,
      TemplateCatalog templates,
      ScanStore store,
      Clock clock) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.counts = Objects.requireNonNull(counts, "counts");
    this.templates = Objects.requireNonNull(templates, "templates");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Judges up to {@code maxProjects} projects of {@code plan} and returns the plan as stored:
   * cancelled when {@code cancelRequested} said so before a project, completed after the last,
   * running otherwise. A project or template version that cannot be read is skipped (counted in
   * {@link ScanPlan#skipped()}), not failed.
   */
  public ScanPlan run(ScanPlan plan, int maxProjects, BooleanSupplier cancelRequested) {
    if (maxProjects < 1) {
      throw new IllegalArgumentException("maxProjects < 1: " + maxProjects);
    }
    SchemeCache schemes = new SchemeCache(configuration);
    ScanPlan current = plan;
    for (int i = 0; i < maxProjects && current.state() == ScanPlan.State.RUNNING; i++) {
      if (cancelRequested.getAsBoolean()) {
        current = current.cancel();
        store.saveProgress(current);
        return current;
      }
      TemplateAssignment next = current.next().orElseThrow();
      Optional<ProjectConfiguration> project = schemes.project(next.projectKey());
      Optional<TemplateVersion> version = templates.version(next.templateId(), next.version());
      boolean skipped = project.isEmpty() || version.isEmpty();
      if (!skipped) {
        store.saveResult(
            current.scanId(),
            evaluator.evaluate(version.get(), project.get(), schemes, counts, clock.instant()));
      }
      current = current.advance(skipped);
      store.saveProgress(current);
    }
    return current;
  }
}
