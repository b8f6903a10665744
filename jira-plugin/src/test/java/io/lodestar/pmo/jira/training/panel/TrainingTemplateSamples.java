package io.lodestar.pmo.jira.training.panel;

import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.training.panel.QualificationPanelView;
import io.lodestar.pmo.jira.checks.TemplateSampleSource;
import io.lodestar.pmo.jira.checks.TemplateSamples;
import java.util.List;
import java.util.Map;

/**
 * Samples of the training templates Jira renders (a {@link TemplateSampleSource}, found by
 * VelocityAllowlistTest): the issue panel in each of its branches.
 */
public final class TrainingTemplateSamples implements TemplateSampleSource {

  private static final WebText TEXT = new WebText((key, args) -> key);
  private static final String PANEL = "templates/training/issue-panel.vm";

  @Override
  public void addSamples(TemplateSamples samples) {
    samples.register(
        PANEL,
        () ->
            Map.of(
                "panel",
                new QualificationPanelView(
                    true,
                    true,
                    "Certification expires",
                    "moved",
                    List.of("PMP expires on 2026-12-31, before the due date"),
                    List.of("Java at level 3"),
                    "2026-12-03 – 2027-01-15"),
                "text",
                TEXT));
    samples.register(
        PANEL,
        "nothing required",
        () ->
            Map.of(
                "panel",
                new QualificationPanelView(
                    false, false, "OK", "success", List.of(), List.of(), "x"),
                "text",
                TEXT));
    samples.register(
        PANEL,
        "unassigned",
        () ->
            Map.of(
                "panel",
                new QualificationPanelView(true, false, "OK", "success", List.of(), List.of(), "x"),
                "text",
                TEXT));
  }
}
