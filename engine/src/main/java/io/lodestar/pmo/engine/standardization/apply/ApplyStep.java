package io.lodestar.pmo.engine.standardization.apply;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_ADD_COMPONENTS;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_ADD_ISSUE_TYPES;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_ADD_ROLE_MEMBERS;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_ADD_SCREEN_FIELDS;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_ASSOCIATE_WORKFLOW_SCHEME;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_CREATE_PROJECT;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_CREATE_WORKFLOW_SCHEME;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_MAKE_FIELDS_REQUIRED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_NOTIFICATION_SCHEME;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_PERMISSION_SCHEME;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.STEP_SET_CATEGORY;

import io.lodestar.pmo.engine.standardization.template.ScreenKind;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of an apply plan. Each step is executed by the host and has an undo (the host's {@link
 * ApplyHost#undo}); the steps say what changes in engine terms and name it for the dry-run page
 * through {@link #messageKey()} and {@link #args()}. An empty scheme id means "the project's
 * current scheme of that kind" (for a new project: the one Jira gives it).
 */
public sealed interface ApplyStep {

  /** What the step does, for the dry run. */
  String messageKey();

  List<Object> args();

  /** Create the project (new projects only; always the first step). */
  record CreateProject(String key, String name, String leadKey) implements ApplyStep {
    public CreateProject {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(leadKey, "leadKey");
    }

    @Override
    public String messageKey() {
      return STEP_CREATE_PROJECT;
    }

    @Override
    public List<Object> args() {
      return List.of(key, name);
    }
  }

  /**
   * Create a workflow scheme (with its workflows, created from the template where the host has no
   * workflow of that shape yet).
   */
  record CreateWorkflowScheme(
      String name, Map<String, WorkflowTemplate> byIssueType, Optional<WorkflowTemplate> fallback)
      implements ApplyStep {
    public CreateWorkflowScheme {
      Objects.requireNonNull(name, "name");
      byIssueType = Map.copyOf(byIssueType);
      Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public String messageKey() {
      return STEP_CREATE_WORKFLOW_SCHEME;
    }

    @Override
    public List<Object> args() {
      return List.of(name);
    }
  }

  /** Associate a workflow scheme with the project, migrating issues as listed. */
  record AssociateWorkflowScheme(SchemeRef scheme, List<StatusMigration> migrations)
      implements ApplyStep {
    public AssociateWorkflowScheme {
      Objects.requireNonNull(scheme, "scheme");
      migrations = List.copyOf(migrations);
    }

    @Override
    public String messageKey() {
      return STEP_ASSOCIATE_WORKFLOW_SCHEME;
    }

    @Override
    public List<Object> args() {
      return List.of(
          scheme instanceof SchemeRef.Existing e
              ? e.schemeId()
              : ((SchemeRef.Created) scheme).name());
    }
  }

  /** Add issue types to the project's issue type scheme. */
  record AddIssueTypes(Optional<String> schemeId, List<String> issueTypes) implements ApplyStep {
    public AddIssueTypes {
      Objects.requireNonNull(schemeId, "schemeId");
      issueTypes = List.copyOf(issueTypes);
    }

    @Override
    public String messageKey() {
      return STEP_ADD_ISSUE_TYPES;
    }

    @Override
    public List<Object> args() {
      return List.of(String.join(", ", issueTypes));
    }
  }

  /** Add fields to the create or edit screen of the project's screen scheme. */
  record AddScreenFields(Optional<String> schemeId, ScreenKind screen, List<String> fieldIds)
      implements ApplyStep {
    public AddScreenFields {
      Objects.requireNonNull(schemeId, "schemeId");
      Objects.requireNonNull(screen, "screen");
      fieldIds = List.copyOf(fieldIds);
    }

    @Override
    public String messageKey() {
      return STEP_ADD_SCREEN_FIELDS;
    }

    @Override
    public List<Object> args() {
      return List.of(screen.name().toLowerCase(java.util.Locale.ROOT), String.join(", ", fieldIds));
    }
  }

  /** Make fields required in the project's field configuration. */
  record MakeFieldsRequired(Optional<String> fieldConfigurationId, List<String> fieldIds)
      implements ApplyStep {
    public MakeFieldsRequired {
      Objects.requireNonNull(fieldConfigurationId, "fieldConfigurationId");
      fieldIds = List.copyOf(fieldIds);
    }

    @Override
    public String messageKey() {
      return STEP_MAKE_FIELDS_REQUIRED;
    }

    @Override
    public List<Object> args() {
      return List.of(String.join(", ", fieldIds));
    }
  }

  /** Put the project in a category. */
  record SetCategory(Optional<String> from, String to) implements ApplyStep {
    public SetCategory {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public String messageKey() {
      return STEP_SET_CATEGORY;
    }

    @Override
    public List<Object> args() {
      return List.of(from.orElse(""), to);
    }
  }

  /** Assign a (shared) permission scheme. */
  record AssignPermissionScheme(Optional<String> from, String to) implements ApplyStep {
    public AssignPermissionScheme {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public String messageKey() {
      return STEP_PERMISSION_SCHEME;
    }

    @Override
    public List<Object> args() {
      return List.of(from.orElse(""), to);
    }
  }

  /** Assign a (shared) notification scheme. */
  record AssignNotificationScheme(Optional<String> from, String to) implements ApplyStep {
    public AssignNotificationScheme {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public String messageKey() {
      return STEP_NOTIFICATION_SCHEME;
    }

    @Override
    public List<Object> args() {
      return List.of(from.orElse(""), to);
    }
  }

  /** Create components (without a lead). */
  record AddComponents(List<String> names) implements ApplyStep {
    public AddComponents {
      names = List.copyOf(names);
    }

    @Override
    public String messageKey() {
      return STEP_ADD_COMPONENTS;
    }

    @Override
    public List<Object> args() {
      return List.of(String.join(", ", names));
    }
  }

  /** Add users to a project role. */
  record AddRoleMembers(String role, List<String> userKeys) implements ApplyStep {
    public AddRoleMembers {
      Objects.requireNonNull(role, "role");
      userKeys = List.copyOf(userKeys);
    }

    @Override
    public String messageKey() {
      return STEP_ADD_ROLE_MEMBERS;
    }

    @Override
    public List<Object> args() {
      return List.of(role, String.join(", ", userKeys));
    }
  }
}
