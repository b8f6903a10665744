package io.lodestar.pmo.engine.standardization.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link ConfigurationPort} that asks its delegate once per scheme id (answers, including "cannot
 * be read", are kept) and passes project reads through. One instance lives for one scan or one dry
 * run; it is not thread-safe and is not meant to outlive the scan, so a changed scheme is seen by
 * the next scan.
 */
public final class SchemeCache implements ConfigurationPort {

  private final ConfigurationPort delegate;
  private final Map<String, Optional<WorkflowScheme>> workflowSchemes = new HashMap<>();
  private final Map<String, Optional<IssueTypeScheme>> issueTypeSchemes = new HashMap<>();
  private final Map<String, Optional<ScreenScheme>> screenSchemes = new HashMap<>();
  private final Map<String, Optional<FieldConfiguration>> fieldConfigurations = new HashMap<>();

  public SchemeCache(ConfigurationPort delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public Optional<ProjectConfiguration> project(String projectKey) {
    return delegate.project(projectKey);
  }

  @Override
  public Optional<WorkflowScheme> workflowScheme(String schemeId) {
    return once(workflowSchemes, schemeId, delegate::workflowScheme);
  }

  @Override
  public Optional<IssueTypeScheme> issueTypeScheme(String schemeId) {
    return once(issueTypeSchemes, schemeId, delegate::issueTypeScheme);
  }

  @Override
  public Optional<ScreenScheme> screenScheme(String schemeId) {
    return once(screenSchemes, schemeId, delegate::screenScheme);
  }

  @Override
  public Optional<FieldConfiguration> fieldConfiguration(String fieldConfigurationId) {
    return once(fieldConfigurations, fieldConfigurationId, delegate::fieldConfiguration);
  }

  private static <T> Optional<T> once(
      Map<String, Optional<T>> cache, String id, Function<String, Optional<T>> read) {
    Optional<T> known = cache.get(id);
    if (known == null) {
      known = Objects.requireNonNull(read.apply(id), "a port answers empty, never null");
      cache.put(id, known);
    }
    return known;
  }
}
