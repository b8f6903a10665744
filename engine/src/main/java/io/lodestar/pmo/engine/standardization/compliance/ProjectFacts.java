package io.lodestar.pmo.engine.standardization.compliance;

import io.lodestar.pmo.engine.standardization.config.ConfigurationPort;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import java.util.Objects;

/**
 * What policies judge one project from: its configuration, the (memoised) configuration port for
 * its schemes and the count port for artifact rules.
 *
 * @param project the project's configuration; never null
 * @param configuration the scheme reader, normally a {@link
 *     io.lodestar.pmo.engine.standardization.config.SchemeCache} shared by a whole scan; never null
 * @param counts the search count; never null
 */
public record ProjectFacts(
    ProjectConfiguration project, ConfigurationPort configuration, ArtifactCountPort counts) {

  public ProjectFacts {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(counts, "counts");
  }
}
