package io.lodestar.pmo.engine.standardization.config;

import java.util.Optional;

/**
 * What a host answers about configuration. Every method may be slow (a Jira service call), so a
 * scan wraps the port in a {@link SchemeCache}: each scheme is read once per scan, however many
 * projects use it. An empty answer means "cannot be read" (missing, or the scanning user lacks the
 * permission): rules that need it are <em>unknown</em>, never passed.
 */
public interface ConfigurationPort {

  /** The project's configuration; empty when the project does not exist or cannot be read. */
  Optional<ProjectConfiguration> project(String projectKey);

  Optional<WorkflowScheme> workflowScheme(String schemeId);

  Optional<IssueTypeScheme> issueTypeScheme(String schemeId);

  Optional<ScreenScheme> screenScheme(String schemeId);

  Optional<FieldConfiguration> fieldConfiguration(String fieldConfigurationId);
}
