package io.lodestar.pmo.engine.standardization;

/**
 * Every i18n message key the standardization engine emits, in one place so the app's bundle can be
 * checked against it (the plugin's DescriptorCheckTest fails on a key without a text). The engine
 * never emits sentences. Arguments are listed per key in order.
 */
public final class StandardizationKeys {

  private StandardizationKeys() {}

  // --- input validation (Violation.messageKey) ---

  /** A required value is missing. No arguments. */
  public static final String REQUIRED = "lodestar.standardization.error.required";

  /** Text too long. Args: max length. */
  public static final String TOO_LONG = "lodestar.standardization.error.tooLong";

  /** Too many entries. Args: max count. */
  public static final String TOO_MANY = "lodestar.standardization.error.tooMany";

  /** The same name is given twice (ignoring case and surrounding blanks). Args: the name. */
  public static final String DUPLICATE = "lodestar.standardization.error.duplicate";

  /** An identifier has characters outside [A-Za-z0-9_.-]. Args: the value. */
  public static final String ID_FORMAT = "lodestar.standardization.error.idFormat";

  /** A number has too many decimals. Args: most decimals allowed. */
  public static final String DECIMALS = "lodestar.standardization.error.decimals";

  /** A number is outside its range. Args: lowest allowed, highest allowed. */
  public static final String OUT_OF_RANGE = "lodestar.standardization.error.outOfRange";

  // --- workflow templates ---

  /** No status is marked initial. No arguments. */
  public static final String WORKFLOW_NO_INITIAL = "lodestar.standardization.workflow.noInitial";

  /** More than one status is marked initial. Args: how many. */
  public static final String WORKFLOW_SEVERAL_INITIAL =
      "lodestar.standardization.workflow.severalInitial";

  /** A transition names a status the workflow does not have. Args: the status name. */
  public static final String WORKFLOW_UNKNOWN_STATUS =
      "lodestar.standardization.workflow.unknownStatus";

  /** The workflow has no Done-category status. No arguments. */
  public static final String WORKFLOW_NO_DONE = "lodestar.standardization.workflow.noDone";

  /** A status cannot be reached from the initial status. Args: the status name. */
  public static final String WORKFLOW_UNREACHABLE = "lodestar.standardization.workflow.unreachable";

  /** No Done status can be reached from a status. Args: the status name. */
  public static final String WORKFLOW_NO_WAY_TO_DONE =
      "lodestar.standardization.workflow.noWayToDone";

  /** A transition asks for a resolution but does not go to a Done status. Args: target status. */
  public static final String WORKFLOW_RESOLUTION_NOT_DONE =
      "lodestar.standardization.workflow.resolutionNotDone";

  // --- templates, project rules, artifact rules ---

  /** A name pattern is not a valid glob. Args: the pattern. */
  public static final String PATTERN_INVALID = "lodestar.standardization.template.patternInvalid";

  /** A JQL template does not contain {project}. Args: the placeholder {@code {project}}. */
  public static final String JQL_NO_PROJECT = "lodestar.standardization.template.jqlNoProject";

  /**
   * A JQL template has a placeholder other than {project}. Args: the placeholder, {@code
   * {project}}.
   */
  public static final String JQL_UNKNOWN_PLACEHOLDER =
      "lodestar.standardization.template.jqlUnknownPlaceholder";

  /** An edit changes nothing, so no version is made. No arguments. */
  public static final String TEMPLATE_UNCHANGED = "lodestar.standardization.template.unchanged";

  /** No such template version. Args: template id, version. */
  public static final String VERSION_NOT_FOUND =
      "lodestar.standardization.template.versionNotFound";

  /** A project may only move to a newer version. Args: current version, requested version. */
  public static final String VERSION_NOT_NEWER =
      "lodestar.standardization.template.versionNotNewer";

  /** A project is assigned a version of another template. Args: expected template id. */
  public static final String OTHER_TEMPLATE = "lodestar.standardization.template.otherTemplate";

  // --- compliance results (RuleResult.messageKey) ---

  /** Every required issue type is in the project's scheme. No arguments. */
  public static final String ISSUE_TYPES_PASSED = "lodestar.standardization.rule.issueTypes.passed";

  /** Issue types missing. Args: the missing types, comma-separated. */
  public static final String ISSUE_TYPES_MISSING =
      "lodestar.standardization.rule.issueTypes.missing";

  /** Every required field is on the screen. Args: none. */
  public static final String SCREEN_FIELDS_PASSED =
      "lodestar.standardization.rule.screenFields.passed";

  /** Fields missing from the create screen. Args: the field ids, comma-separated. */
  public static final String SCREEN_FIELDS_MISSING_CREATE =
      "lodestar.standardization.rule.screenFields.missingOnCreate";

  /** Fields missing from the edit screen. Args: the field ids, comma-separated. */
  public static final String SCREEN_FIELDS_MISSING_EDIT =
      "lodestar.standardization.rule.screenFields.missingOnEdit";

  /** Every mandatory field is required in the field configuration. No arguments. */
  public static final String MANDATORY_FIELDS_PASSED =
      "lodestar.standardization.rule.mandatoryFields.passed";

  /** Fields the field configuration does not require. Args: the field ids, comma-separated. */
  public static final String MANDATORY_FIELDS_OPTIONAL =
      "lodestar.standardization.rule.mandatoryFields.optional";

  /** Every required role has a member. No arguments. */
  public static final String ROLES_PASSED = "lodestar.standardization.rule.roles.passed";

  /** Roles without members. Args: the roles, comma-separated. */
  public static final String ROLES_UNFILLED = "lodestar.standardization.rule.roles.unfilled";

  /** The project is in the required category. Args: the category. */
  public static final String CATEGORY_PASSED = "lodestar.standardization.rule.category.passed";

  /** The project is in another category. Args: required, actual. */
  public static final String CATEGORY_WRONG = "lodestar.standardization.rule.category.wrong";

  /** The project has no category. Args: required. */
  public static final String CATEGORY_NONE = "lodestar.standardization.rule.category.none";

  /** The key matches the pattern. Args: key, pattern. */
  public static final String KEY_PATTERN_PASSED = "lodestar.standardization.rule.keyPattern.passed";

  /** The key does not match. Args: key, pattern. */
  public static final String KEY_PATTERN_MISMATCH =
      "lodestar.standardization.rule.keyPattern.mismatch";

  /** The name matches the pattern. Args: name, pattern. */
  public static final String NAME_PATTERN_PASSED =
      "lodestar.standardization.rule.namePattern.passed";

  /** The name does not match. Args: name, pattern. */
  public static final String NAME_PATTERN_MISMATCH =
      "lodestar.standardization.rule.namePattern.mismatch";

  /** Every required profile attribute has a value. No arguments. */
  public static final String PROFILE_PASSED = "lodestar.standardization.rule.profile.passed";

  /** Profile attributes without a value. Args: the attributes, comma-separated. */
  public static final String PROFILE_MISSING = "lodestar.standardization.rule.profile.missing";

  /** Components as required. No arguments. */
  public static final String COMPONENTS_PASSED = "lodestar.standardization.rule.components.passed";

  /** Required components missing. Args: the components, comma-separated. */
  public static final String COMPONENTS_MISSING =
      "lodestar.standardization.rule.components.missing";

  /** Components without a lead. Args: the components, comma-separated. */
  public static final String COMPONENTS_NO_LEAD = "lodestar.standardization.rule.components.noLead";

  /** Versions as required. No arguments. */
  public static final String VERSIONS_PASSED = "lodestar.standardization.rule.versions.passed";

  /** No unreleased version. No arguments. */
  public static final String VERSIONS_NONE_UNRELEASED =
      "lodestar.standardization.rule.versions.noneUnreleased";

  /** Unreleased versions without a release date. Args: the versions, comma-separated. */
  public static final String VERSIONS_NO_RELEASE_DATE =
      "lodestar.standardization.rule.versions.noReleaseDate";

  /** The issue type's workflow has the template's shape. Args: issue type. */
  public static final String WORKFLOW_PASSED = "lodestar.standardization.rule.workflow.passed";

  /**
   * The issue type's workflow differs from the template's. Args: issue type, project's workflow.
   */
  public static final String WORKFLOW_DIFFERS = "lodestar.standardization.rule.workflow.differs";

  /** The artifact count is within the threshold. Args: count, threshold. */
  public static final String ARTIFACT_PASSED = "lodestar.standardization.rule.artifact.passed";

  /** More offending issues than allowed. Args: count, highest allowed. */
  public static final String ARTIFACT_TOO_MANY = "lodestar.standardization.rule.artifact.tooMany";

  /** Fewer issues than required. Args: count, lowest required. */
  public static final String ARTIFACT_TOO_FEW = "lodestar.standardization.rule.artifact.tooFew";

  /** A scheme could not be read (e.g. a permission missing). Args: scheme kind, scheme id. */
  public static final String UNKNOWN_SCHEME = "lodestar.standardization.rule.unknown.scheme";

  /** The count search could not run. Args: the host's reason. */
  public static final String UNKNOWN_COUNT = "lodestar.standardization.rule.unknown.count";

  /** The project has no scheme of this kind, so the rule cannot be judged. Args: scheme kind. */
  public static final String UNKNOWN_NO_SCHEME = "lodestar.standardization.rule.unknown.noScheme";

  // --- apply: plan steps (ApplyStep.messageKey) ---

  /** Args: project key, project name. */
  public static final String STEP_CREATE_PROJECT =
      "lodestar.standardization.apply.step.createProject";

  /** Args: scheme name. */
  public static final String STEP_CREATE_WORKFLOW_SCHEME =
      "lodestar.standardization.apply.step.createWorkflowScheme";

  /** Args: scheme id, or the name of the scheme created by an earlier step. */
  public static final String STEP_ASSOCIATE_WORKFLOW_SCHEME =
      "lodestar.standardization.apply.step.associateWorkflowScheme";

  /** Args: issue types, comma-separated. */
  public static final String STEP_ADD_ISSUE_TYPES =
      "lodestar.standardization.apply.step.addIssueTypes";

  /** Args: screen kind (create or edit), field ids comma-separated. */
  public static final String STEP_ADD_SCREEN_FIELDS =
      "lodestar.standardization.apply.step.addScreenFields";

  /** Args: field ids, comma-separated. */
  public static final String STEP_MAKE_FIELDS_REQUIRED =
      "lodestar.standardization.apply.step.makeFieldsRequired";

  /** Args: current category or empty, new category. */
  public static final String STEP_SET_CATEGORY = "lodestar.standardization.apply.step.setCategory";

  /** Args: current scheme id or empty, new scheme id. */
  public static final String STEP_PERMISSION_SCHEME =
      "lodestar.standardization.apply.step.permissionScheme";

  /** Args: current scheme id or empty, new scheme id. */
  public static final String STEP_NOTIFICATION_SCHEME =
      "lodestar.standardization.apply.step.notificationScheme";

  /** Args: components, comma-separated. */
  public static final String STEP_ADD_COMPONENTS =
      "lodestar.standardization.apply.step.addComponents";

  /** Args: role, users comma-separated. */
  public static final String STEP_ADD_ROLE_MEMBERS =
      "lodestar.standardization.apply.step.addRoleMembers";

  // --- apply: refusals (Violation.messageKey) ---

  /** An old status with issues has no mapping. Args: issue type, status, issue count. */
  public static final String APPLY_STATUS_UNMAPPED =
      "lodestar.standardization.apply.statusUnmapped";

  /** A mapping names a status the new workflow does not have. Args: issue type, status. */
  public static final String APPLY_TARGET_UNKNOWN = "lodestar.standardization.apply.targetUnknown";

  /**
   * A mapping moves issues into another status category without confirmation. Args: issue type, old
   * status, new status, old category, new category.
   */
  public static final String APPLY_CATEGORY_UNCONFIRMED =
      "lodestar.standardization.apply.categoryUnconfirmed";

  /**
   * A mapping renames a status whose current category is not known (the current workflow cannot be
   * read, e.g. the host's default one), without confirmation. Args: issue type, old status, new
   * status, new category.
   */
  public static final String APPLY_CATEGORY_UNKNOWN =
      "lodestar.standardization.apply.categoryUnknown";

  /** The new project's key does not match the template's pattern. Args: key, pattern. */
  public static final String APPLY_KEY_PATTERN = "lodestar.standardization.apply.keyPattern";

  /** The new project's name does not match the template's pattern. Args: name, pattern. */
  public static final String APPLY_NAME_PATTERN = "lodestar.standardization.apply.namePattern";

  /** A scheme the plan needs could not be read. Args: scheme kind, scheme id. */
  public static final String APPLY_SCHEME_UNREADABLE =
      "lodestar.standardization.apply.schemeUnreadable";

  /** The issue counts per status could not be read. Args: issue type. */
  public static final String APPLY_COUNTS_UNAVAILABLE =
      "lodestar.standardization.apply.countsUnavailable";

  // --- apply: what the plan leaves open (ApplyPlan.openPoints) ---

  /** A required role stays without members. Args: role. */
  public static final String OPEN_ROLE_UNFILLED =
      "lodestar.standardization.apply.open.roleUnfilled";

  /** An existing project's key breaks the pattern; keys are not renamed. Args: key, pattern. */
  public static final String OPEN_KEY_PATTERN = "lodestar.standardization.apply.open.keyPattern";

  /** The name breaks the pattern; names are not renamed. Args: name, pattern. */
  public static final String OPEN_NAME_PATTERN = "lodestar.standardization.apply.open.namePattern";

  /** A profile attribute stays without a value. Args: attribute. */
  public static final String OPEN_PROFILE = "lodestar.standardization.apply.open.profile";

  /** Versions are a team decision and are not created. No arguments. */
  public static final String OPEN_VERSIONS = "lodestar.standardization.apply.open.versions";

  /** Components stay without a lead. Args: components, comma-separated. */
  public static final String OPEN_COMPONENT_LEAD =
      "lodestar.standardization.apply.open.componentLead";

  // --- stage gates (Violation.messageKey) ---

  /** Only the project manager may request a gate. No arguments. */
  public static final String GATE_NOT_MANAGER = "lodestar.standardization.gate.notManager";

  /** Only an approver may decide. No arguments. */
  public static final String GATE_NOT_APPROVER = "lodestar.standardization.gate.notApprover";

  /** A request is already open. Args: phase. */
  public static final String GATE_REQUEST_OPEN = "lodestar.standardization.gate.requestOpen";

  /** No request is open. No arguments. */
  public static final String GATE_NO_REQUEST = "lodestar.standardization.gate.noRequest";

  /** Every phase is passed. No arguments. */
  public static final String GATE_LIFECYCLE_COMPLETE =
      "lodestar.standardization.gate.lifecycleComplete";

  /** A checklist item is not ticked. Args: item text. */
  public static final String GATE_CHECKLIST_OPEN = "lodestar.standardization.gate.checklistOpen";

  /** A required document link is missing. Args: document label. */
  public static final String GATE_DOCUMENT_MISSING =
      "lodestar.standardization.gate.documentMissing";

  /** A document link is not an http(s) address. Args: the value. */
  public static final String GATE_DOCUMENT_URL = "lodestar.standardization.gate.documentUrl";

  /** A template rule of the gate fails. Args: rule id. */
  public static final String GATE_RULE_FAILING = "lodestar.standardization.gate.ruleFailing";

  /** A template rule of the gate could not be judged or was never scanned. Args: rule id. */
  public static final String GATE_RULE_UNKNOWN = "lodestar.standardization.gate.ruleUnknown";

  /** The approver already decided this request. No arguments. */
  public static final String GATE_ALREADY_DECIDED = "lodestar.standardization.gate.alreadyDecided";

  /** The requester may not approve their own request. No arguments. */
  public static final String GATE_OWN_REQUEST = "lodestar.standardization.gate.ownRequest";

  /** The gate's quorum is larger than the approvers available. Args: quorum, approvers. */
  public static final String GATE_QUORUM_UNREACHABLE =
      "lodestar.standardization.gate.quorumUnreachable";
}
