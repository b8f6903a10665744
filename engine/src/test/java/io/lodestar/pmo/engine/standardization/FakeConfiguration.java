package io.lodestar.pmo.engine.standardization;

import io.lodestar.pmo.engine.standardization.config.ConfigurationPort;
import io.lodestar.pmo.engine.standardization.config.FieldConfiguration;
import io.lodestar.pmo.engine.standardization.config.IssueTypeScheme;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.config.ScreenScheme;
import io.lodestar.pmo.engine.standardization.config.WorkflowScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory host that records every read, to check that schemes are read once. */
public final class FakeConfiguration implements ConfigurationPort {

  public final Map<String, ProjectConfiguration> projects = new HashMap<>();
  public final Map<String, WorkflowScheme> workflowSchemes = new HashMap<>();
  public final Map<String, IssueTypeScheme> issueTypeSchemes = new HashMap<>();
  public final Map<String, ScreenScheme> screenSchemes = new HashMap<>();
  public final Map<String, FieldConfiguration> fieldConfigurations = new HashMap<>();
  public final List<String> reads = new ArrayList<>();

  public FakeConfiguration with(ProjectConfiguration project) {
    projects.put(project.projectKey(), project);
    return this;
  }

  public FakeConfiguration with(WorkflowScheme scheme) {
    workflowSchemes.put(scheme.id(), scheme);
    return this;
  }

  public FakeConfiguration with(IssueTypeScheme scheme) {
    issueTypeSchemes.put(scheme.id(), scheme);
    return this;
  }

  public FakeConfiguration with(ScreenScheme scheme) {
    screenSchemes.put(scheme.id(), scheme);
    return this;
  }

  public FakeConfiguration with(FieldConfiguration configuration) {
    fieldConfigurations.put(configuration.id(), configuration);
    return this;
  }

  /** How many times {@code what} (e.g. {@code workflowScheme:W1}) was read. */
  public long readsOf(String what) {
    return reads.stream().filter(what::equals).count();
  }

  @Override
  public Optional<ProjectConfiguration> project(String projectKey) {
    reads.add("project:" + projectKey);
    return Optional.ofNullable(projects.get(projectKey));
  }

  @Override
  public Optional<WorkflowScheme> workflowScheme(String schemeId) {
    reads.add("workflowScheme:" + schemeId);
    return Optional.ofNullable(workflowSchemes.get(schemeId));
  }

  @Override
  public Optional<IssueTypeScheme> issueTypeScheme(String schemeId) {
    reads.add("issueTypeScheme:" + schemeId);
    return Optional.ofNullable(issueTypeSchemes.get(schemeId));
  }

  @Override
  public Optional<ScreenScheme> screenScheme(String schemeId) {
    reads.add("screenScheme:" + schemeId);
    return Optional.ofNullable(screenSchemes.get(schemeId));
  }

  @Override
  public Optional<FieldConfiguration> fieldConfiguration(String fieldConfigurationId) {
    reads.add("fieldConfiguration:" + fieldConfigurationId);
    return Optional.ofNullable(fieldConfigurations.get(fieldConfigurationId));
  }
}
