package io.lodestar.pmo.engine.standardization.template;

import io.lodestar.pmo.engine.standardization.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A rule about a project's configuration, judged from configuration facts (schemes read once per
 * scheme, not per project). Lists are kept in the admin's order; duplicates are refused by {@link
 * TemplateValidator}.
 */
public sealed interface ProjectRule extends TemplateRule
    permits ProjectRule.RequiredIssueTypes,
        ProjectRule.RequiredScreenFields,
        ProjectRule.MandatoryFields,
        ProjectRule.RequiredRoles,
        ProjectRule.RequiredCategory,
        ProjectRule.KeyPattern,
        ProjectRule.NamePattern,
        ProjectRule.RequiredProfileAttributes,
        ProjectRule.ComponentRules,
        ProjectRule.VersionRules {

  /** The project's issue type scheme holds every one of {@code issueTypes} (names). */
  record RequiredIssueTypes(String id, Severity severity, List<String> issueTypes)
      implements ProjectRule {
    public RequiredIssueTypes {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      issueTypes = List.copyOf(issueTypes);
    }

    @Override
    public RuleKind kind() {
      return RuleKind.ISSUE_TYPES;
    }
  }

  /** Every field in {@code fieldIds} is on the project's create (or edit) screen. */
  record RequiredScreenFields(
      String id, Severity severity, ScreenKind screen, List<String> fieldIds)
      implements ProjectRule {
    public RequiredScreenFields {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(screen, "screen");
      fieldIds = List.copyOf(fieldIds);
    }

    @Override
    public RuleKind kind() {
      return RuleKind.SCREEN_FIELDS;
    }
  }

  /**
   * Every field in {@code fieldIds} is required in the project's field configuration (Jira: the
   * field configuration's "Required" flag), so that no issue is saved without it.
   */
  record MandatoryFields(String id, Severity severity, List<String> fieldIds)
      implements ProjectRule {
    public MandatoryFields {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      fieldIds = List.copyOf(fieldIds);
    }

    @Override
    public RuleKind kind() {
      return RuleKind.MANDATORY_FIELDS;
    }
  }

  /** Every role in {@code roles} (project role names) has at least one member. */
  record RequiredRoles(String id, Severity severity, List<String> roles) implements ProjectRule {
    public RequiredRoles {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      roles = List.copyOf(roles);
    }

    @Override
    public RuleKind kind() {
      return RuleKind.ROLES;
    }
  }

  /** The project is in category {@code category} (name, compared ignoring case). */
  record RequiredCategory(String id, Severity severity, String category) implements ProjectRule {
    public RequiredCategory {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(category, "category");
    }

    @Override
    public RuleKind kind() {
      return RuleKind.CATEGORY;
    }
  }

  /** The project key matches {@code pattern}. */
  record KeyPattern(String id, Severity severity, Glob pattern) implements ProjectRule {
    public KeyPattern {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public RuleKind kind() {
      return RuleKind.KEY_PATTERN;
    }
  }

  /** The project name matches {@code pattern}. */
  record NamePattern(String id, Severity severity, Glob pattern) implements ProjectRule {
    public NamePattern {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public RuleKind kind() {
      return RuleKind.NAME_PATTERN;
    }
  }

  /** Every attribute in {@code attributes} of the project profile has a non-blank value. */
  record RequiredProfileAttributes(String id, Severity severity, List<String> attributes)
      implements ProjectRule {
    public RequiredProfileAttributes {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      attributes = List.copyOf(attributes);
    }

    @Override
    public RuleKind kind() {
      return RuleKind.PROFILE;
    }
  }

  /**
   * Every component in {@code required} exists (names ignoring case); with {@code leadRequired},
   * every component of the project has a lead.
   */
  record ComponentRules(String id, Severity severity, List<String> required, boolean leadRequired)
      implements ProjectRule {
    public ComponentRules {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      required = List.copyOf(required);
    }

    @Override
    public RuleKind kind() {
      return RuleKind.COMPONENTS;
    }
  }

  /**
   * With {@code unreleasedRequired}, the project has at least one unreleased, unarchived version;
   * with {@code releaseDateRequired}, every unreleased, unarchived version has a release date.
   */
  record VersionRules(
      String id, Severity severity, boolean unreleasedRequired, boolean releaseDateRequired)
      implements ProjectRule {
    public VersionRules {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
    }

    @Override
    public RuleKind kind() {
      return RuleKind.VERSIONS;
    }
  }
}
