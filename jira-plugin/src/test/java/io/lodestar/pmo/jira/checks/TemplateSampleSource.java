package io.lodestar.pmo.jira.checks;

/**
 * Supplies sample contexts for Velocity templates, so that {@link VelocityAllowlistTest} can render
 * every template and record every method it calls.
 *
 * <p>Feature engineers add one implementation per feature anywhere under {@code src/test/java} in
 * {@code io.lodestar.pmo.jira..} (public, with a public no-argument constructor); the test finds it
 * on its own. Register one sample per template, and more to reach the branches that call other
 * methods:
 *
 * <pre>{@code
 * public final class RiskTemplateSamples implements TemplateSampleSource {
 *   @Override
 *   public void addSamples(TemplateSamples samples) {
 *     samples.register("templates/risk/issue-panel.vm",
 *         () -> Map.of("panel", RiskPanelViewFixtures.ratedRisk(), "text", WebTextFixtures.english()));
 *     samples.register("templates/risk/issue-panel.vm", "linked risks only",
 *         () -> Map.of("panel", RiskPanelViewFixtures.linkedOnly(), "text", WebTextFixtures.english()));
 *   }
 * }
 * }</pre>
 *
 * A template that is only {@code #parse}d by others needs no sample of its own.
 */
public interface TemplateSampleSource {

  void addSamples(TemplateSamples samples);
}
