package io.lodestar.pmo.jira.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The sample contexts templates are rendered with by {@link VelocityAllowlistTest}; filled in by
 * {@link TemplateSampleSource}s. Values are what the real context provider or page controller puts
 * in the context: our own immutable view objects.
 */
public final class TemplateSamples {

  /**
   * One sample.
   *
   * @param template bundle path of the template, e.g. {@code templates/risk/issue-panel.vm}
   * @param variant what this sample exercises, e.g. {@code "linked risks only"}
   * @param context builds the Velocity context
   * @param source the class that registered it
   */
  public record Sample(
      String template, String variant, Supplier<Map<String, ?>> context, String source) {}

  private final List<Sample> samples = new ArrayList<>();
  private String source = "?";

  /** Registers the default sample of {@code template}. */
  public TemplateSamples register(String template, Supplier<Map<String, ?>> context) {
    return register(template, "default", context);
  }

  /** Registers a named sample of {@code template}, to reach a branch another sample does not. */
  public TemplateSamples register(
      String template, String variant, Supplier<Map<String, ?>> context) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(context, "context");
    String path = template.startsWith("/") ? template.substring(1) : template;
    samples.add(new Sample(path, variant, context, source));
    return this;
  }

  /** Lets {@code source} register its samples, recording it as their origin. */
  TemplateSamples addFrom(TemplateSampleSource sampleSource) {
    source = sampleSource.getClass().getName();
    try {
      sampleSource.addSamples(this);
    } finally {
      source = "?";
    }
    return this;
  }

  List<Sample> all() {
    return List.copyOf(samples);
  }
}
