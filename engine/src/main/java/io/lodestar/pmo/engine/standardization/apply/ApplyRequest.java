package io.lodestar.pmo.engine.standardization.apply;

import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.config.WorkflowScheme;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dry run is asked: a template version applied to an existing project ({@code current}) or
 * to a new one ({@code newProject}); exactly one of the two is present.
 *
 * @param version the template version; never null
 * @param current the existing project's configuration; empty for a new project
 * @param newProject the project to create; empty for an existing project
 * @param mappings the admin's status mappings (a same-named status needs none); copied
 * @param roleMembers users to add per required role; copied
 * @param existingSchemes the host's workflow schemes, to re-use an identical one; copied
 */
public record ApplyRequest(
    TemplateVersion version,
    Optional<ProjectConfiguration> current,
    Optional<NewProject> newProject,
    List<StatusMapping> mappings,
    Map<String, List<String>> roleMembers,
    List<WorkflowScheme> existingSchemes) {

  public ApplyRequest {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(newProject, "newProject");
    if (current.isPresent() == newProject.isPresent()) {
      throw new IllegalArgumentException("either an existing project or a new one");
    }
    mappings = List.copyOf(mappings);
    roleMembers =
        roleMembers.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    existingSchemes = List.copyOf(existingSchemes);
  }

  /** Applying {@code version} to the existing project {@code current}. */
  public static ApplyRequest existing(TemplateVersion version, ProjectConfiguration current) {
    return new ApplyRequest(
        version, Optional.of(current), Optional.empty(), List.of(), Map.of(), List.of());
  }

  /** Creating {@code project} from {@code version}. */
  public static ApplyRequest create(TemplateVersion version, NewProject project) {
    return new ApplyRequest(
        version, Optional.empty(), Optional.of(project), List.of(), Map.of(), List.of());
  }

  public ApplyRequest withMappings(StatusMapping... newMappings) {
    return new ApplyRequest(
        version, current, newProject, List.of(newMappings), roleMembers, existingSchemes);
  }

  public ApplyRequest withRoleMembers(Map<String, List<String>> members) {
    return new ApplyRequest(version, current, newProject, mappings, members, existingSchemes);
  }

  public ApplyRequest withExistingSchemes(List<WorkflowScheme> schemes) {
    return new ApplyRequest(version, current, newProject, mappings, roleMembers, schemes);
  }
}
