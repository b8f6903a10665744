package io.lodestar.pmo.engine.standardization.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a host reports about one project's configuration. Schemes are referred to by id and read
 * through {@link ConfigurationPort} (once per scheme per scan); an empty id means the project has
 * no scheme of that kind (Jira's default is then reported by id, not as empty).
 *
 * @param projectKey the key; never null
 * @param name the project name; never null
 * @param category the project category name; empty when none
 * @param workflowSchemeId empty when unknown
 * @param issueTypeSchemeId empty when unknown
 * @param screenSchemeId the issue type screen scheme; empty when unknown
 * @param fieldConfigurationId the field configuration (of the project's field configuration scheme,
 *     default mapping) that says which fields are required; empty when unknown
 * @param permissionSchemeId empty when unknown
 * @param notificationSchemeId empty when unknown
 * @param roleMembers role name → user keys of its members (directly or through groups); copied
 * @param components the project's components; copied
 * @param versions the project's versions; copied
 * @param profile project-profile attributes (Lodestar's own), name → value; copied
 */
public record ProjectConfiguration(
    String projectKey,
    String name,
    Optional<String> category,
    Optional<String> workflowSchemeId,
    Optional<String> issueTypeSchemeId,
    Optional<String> screenSchemeId,
    Optional<String> fieldConfigurationId,
    Optional<String> permissionSchemeId,
    Optional<String> notificationSchemeId,
    Map<String, List<String>> roleMembers,
    List<Component> components,
    List<ProjectVersion> versions,
    Map<String, String> profile) {

  public ProjectConfiguration {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(workflowSchemeId, "workflowSchemeId");
    Objects.requireNonNull(issueTypeSchemeId, "issueTypeSchemeId");
    Objects.requireNonNull(screenSchemeId, "screenSchemeId");
    Objects.requireNonNull(fieldConfigurationId, "fieldConfigurationId");
    Objects.requireNonNull(permissionSchemeId, "permissionSchemeId");
    Objects.requireNonNull(notificationSchemeId, "notificationSchemeId");
    roleMembers =
        roleMembers.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    components = List.copyOf(components);
    versions = List.copyOf(versions);
    profile = Map.copyOf(profile);
  }

  /** A project with nothing configured but its key and name. */
  public static ProjectConfiguration bare(String projectKey, String name) {
    return new ProjectConfiguration(
        projectKey,
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        List.of(),
        List.of(),
        Map.of());
  }

  public ProjectConfiguration withCategory(String newCategory) {
    return new ProjectConfiguration(
        projectKey,
        name,
        Optional.ofNullable(newCategory),
        workflowSchemeId,
        issueTypeSchemeId,
        screenSchemeId,
        fieldConfigurationId,
        permissionSchemeId,
        notificationSchemeId,
        roleMembers,
        components,
        versions,
        profile);
  }

  /** This project using the given scheme ids (null: none). */
  public ProjectConfiguration withSchemes(
      String workflowScheme,
      String issueTypeScheme,
      String screenScheme,
      String permissionScheme,
      String notificationScheme) {
    return new ProjectConfiguration(
        projectKey,
        name,
        category,
        Optional.ofNullable(workflowScheme),
        Optional.ofNullable(issueTypeScheme),
        Optional.ofNullable(screenScheme),
        fieldConfigurationId,
        Optional.ofNullable(permissionScheme),
        Optional.ofNullable(notificationScheme),
        roleMembers,
        components,
        versions,
        profile);
  }

  /** This project using field configuration {@code id} (null: none). */
  public ProjectConfiguration withFieldConfiguration(String id) {
    return new ProjectConfiguration(
        projectKey,
        name,
        category,
        workflowSchemeId,
        issueTypeSchemeId,
        screenSchemeId,
        Optional.ofNullable(id),
        permissionSchemeId,
        notificationSchemeId,
        roleMembers,
        components,
        versions,
        profile);
  }

  public ProjectConfiguration withRoleMembers(Map<String, List<String>> newRoleMembers) {
    return new ProjectConfiguration(
        projectKey,
        name,
        category,
        workflowSchemeId,
        issueTypeSchemeId,
        screenSchemeId,
        fieldConfigurationId,
        permissionSchemeId,
        notificationSchemeId,
        newRoleMembers,
        components,
        versions,
        profile);
  }

  public ProjectConfiguration withComponents(List<Component> newComponents) {
    return new ProjectConfiguration(
        projectKey,
        name,
        category,
        workflowSchemeId,
        issueTypeSchemeId,
        screenSchemeId,
        fieldConfigurationId,
        permissionSchemeId,
        notificationSchemeId,
        roleMembers,
        newComponents,
        versions,
        profile);
  }

  public ProjectConfiguration withVersions(List<ProjectVersion> newVersions) {
    return new ProjectConfiguration(
        projectKey,
        name,
        category,
        workflowSchemeId,
        issueTypeSchemeId,
        screenSchemeId,
        fieldConfigurationId,
        permissionSchemeId,
        notificationSchemeId,
        roleMembers,
        components,
        newVersions,
        profile);
  }

  public ProjectConfiguration withProfile(Map<String, String> newProfile) {
    return new ProjectConfiguration(
        projectKey,
        name,
        category,
        workflowSchemeId,
        issueTypeSchemeId,
        screenSchemeId,
        fieldConfigurationId,
        permissionSchemeId,
        notificationSchemeId,
        roleMembers,
        components,
        versions,
        newProfile);
  }

  /**
   * One project component.
   *
   * @param name never null
   * @param leadKey the component lead's user key; empty when none
   */
  public record Component(String name, Optional<String> leadKey) {
    public Component {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(leadKey, "leadKey");
    }

    public static Component of(String name, String leadKey) {
      return new Component(name, Optional.ofNullable(leadKey));
    }
  }

  /**
   * One project version.
   *
   * @param name never null
   * @param released whether it is released
   * @param archived whether it is archived
   * @param releaseDate empty when not set
   */
  public record ProjectVersion(
      String name, boolean released, boolean archived, Optional<LocalDate> releaseDate) {
    public ProjectVersion {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(releaseDate, "releaseDate");
    }

    public static ProjectVersion unreleased(String name, LocalDate releaseDate) {
      return new ProjectVersion(name, false, false, Optional.ofNullable(releaseDate));
    }

    public static ProjectVersion released(String name, LocalDate releaseDate) {
      return new ProjectVersion(name, true, false, Optional.ofNullable(releaseDate));
    }
  }
}
