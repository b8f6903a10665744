package io.lodestar.pmo.engine.risk;

/**
 * Every i18n message key the risk engine emits, in one place so the plugin's bundle can be checked
 * against it. The engine never emits sentences. Arguments are listed per key in order.
 */
public final class RiskMessageKeys {

  private RiskMessageKeys() {}

  // --- scoring-model validation (Violation.messageKey) ---

  /** A required value is missing. No arguments. */
  public static final String REQUIRED = "lodestar.risk.model.error.required";

  /** Id or version is negative. Args: value. */
  public static final String NEGATIVE = "lodestar.risk.model.error.negative";

  /** Text too long. Args: max length. */
  public static final String TOO_LONG = "lodestar.risk.model.error.tooLong";

  /** A scale has too few or too many levels. Args: min, max, actual. */
  public static final String SCALE_SIZE = "lodestar.risk.model.error.scale.size";

  /** A level value is not above the previous level's. Args: previous value, this value. */
  public static final String SCALE_NOT_ASCENDING = "lodestar.risk.model.error.scale.notAscending";

  /** Two levels share a label (ignoring case and blanks). Args: label. */
  public static final String SCALE_DUPLICATE_LABEL =
      "lodestar.risk.model.error.scale.duplicateLabel";

  /** A level value is negative. Args: value. */
  public static final String SCALE_NEGATIVE_VALUE = "lodestar.risk.model.error.scale.negativeValue";

  /** A scale is given that this model kind does not use. Args: model kind. */
  public static final String SCALE_NOT_USED = "lodestar.risk.model.error.scale.notUsed";

  /** Too few or too many bands. Args: min, max, actual. */
  public static final String BANDS_SIZE = "lodestar.risk.model.error.bands.size";

  /** Two bands share a key. Args: key. */
  public static final String BAND_DUPLICATE_KEY = "lodestar.risk.model.error.band.duplicateKey";

  /** A band key has characters outside [A-Za-z0-9_.-] or is longer than 64. Args: key. */
  public static final String BAND_KEY_FORMAT = "lodestar.risk.model.error.band.keyFormat";

  /** A colour is not #rgb or #rrggbb. Args: colour. */
  public static final String BAND_COLOUR_FORMAT = "lodestar.risk.model.error.band.colourFormat";

  /** A band's lower threshold is not above the previous band's. Args: previous, this. */
  public static final String BAND_THRESHOLD_NOT_ASCENDING =
      "lodestar.risk.model.error.band.thresholdNotAscending";

  /** The banding mode is not allowed for the model kind. Args: model kind, mode. */
  public static final String BANDING_MODE_NOT_ALLOWED =
      "lodestar.risk.model.error.banding.modeNotAllowed";

  /** A cell matrix does not match the scales. Args: expected rows, expected columns. */
  public static final String CELLS_DIMENSIONS = "lodestar.risk.model.error.cells.dimensions";

  /** A cell names a band that does not exist. Args: key. */
  public static final String CELLS_UNKNOWN_BAND = "lodestar.risk.model.error.cells.unknownBand";

  /** Cell scores are given but the model kind does not use them. Args: model kind. */
  public static final String CELL_SCORES_NOT_USED = "lodestar.risk.model.error.cellScores.notUsed";

  // --- scoring-model service ---

  /** No scoring model with that id. Args: id. */
  public static final String MODEL_NOT_FOUND = "lodestar.risk.model.error.notFound";

  /** The model is used by projects and cannot be deleted. Args: comma-separated project keys. */
  public static final String MODEL_IN_USE = "lodestar.risk.model.error.inUse";

  /** The id in the path and the draft differ. Args: path id, draft id. */
  public static final String MODEL_ID_MISMATCH = "lodestar.risk.model.error.idMismatch";

  // --- project settings ---

  /** Risk management is not configured for the project (and there is no default). Args: key. */
  public static final String PROJECT_NOT_CONFIGURED = "lodestar.risk.project.error.notConfigured";

  /** The appetite names a band the model does not have. Args: key. */
  public static final String APPETITE_UNKNOWN_BAND = "lodestar.risk.project.error.unknownBand";

  /** The project key is blank. No arguments. */
  public static final String PROJECT_KEY_REQUIRED = "lodestar.risk.project.error.keyRequired";

  /** The mapping designates no risk issue type. No arguments. */
  public static final String RISK_ISSUE_TYPES_REQUIRED =
      "lodestar.risk.project.error.riskIssueTypesRequired";

  /** An issue type id or field id of the mapping is too long. Args: the most characters. */
  public static final String ID_TOO_LONG = "lodestar.risk.project.error.idTooLong";

  /** The mapping designates too many risk issue types. Args: the most types. */
  public static final String TOO_MANY_RISK_ISSUE_TYPES =
      "lodestar.risk.project.error.tooManyRiskIssueTypes";

  // --- register queries ---

  /** Paging arguments are out of range. Args: startAt, maxResults. */
  public static final String PAGE_RANGE = "lodestar.risk.register.error.pageRange";

  /**
   * A heat-map cell filter lies outside the model's matrix. Args: probability rank, impact rank,
   * rows, columns.
   */
  public static final String CELL_OUTSIDE_MATRIX = "lodestar.risk.register.error.cellOutsideMatrix";

  /** A band filter names no band of the model. Args: the band key asked for, the allowed keys. */
  public static final String BAND_UNKNOWN = "lodestar.risk.register.error.bandUnknown";

  // --- record mapping (MappingProblem.messageKey) ---

  /** A raw value has a type the field cannot take. Args: field id, expected type. */
  public static final String MAPPING_WRONG_TYPE = "lodestar.risk.mapping.error.wrongType";

  /** A rank or position is outside the scale. Args: field id, value, scale size. */
  public static final String MAPPING_OUT_OF_RANGE = "lodestar.risk.mapping.error.outOfRange";

  /** A number's magnitude is beyond what Lodestar computes with. Args: field id, value, limit. */
  public static final String MAPPING_NUMBER_TOO_LARGE =
      "lodestar.risk.mapping.error.numberTooLarge";

  /** A value does not match any known option. Args: field id, value. */
  public static final String MAPPING_UNMAPPED = "lodestar.risk.mapping.error.unmapped";

  /**
   * A select option has no level in the mapping's option levels, so the rating is left unrated.
   * Args: field id, option label.
   */
  public static final String MAPPING_OPTION_NO_LEVEL = "lodestar.risk.mapping.error.optionNoLevel";

  /**
   * A select option's place in the field's configured order is not known (an imported field) and
   * the mapping names no levels for the field. Args: field id, option label.
   */
  public static final String MAPPING_OPTION_ORDER_UNKNOWN =
      "lodestar.risk.mapping.error.optionOrderUnknown";

  /** An option level is outside 1..the most levels a scale has. Args: the limit. */
  public static final String OPTION_LEVEL_OUT_OF_RANGE =
      "lodestar.risk.project.error.optionLevelOutOfRange";

  /** Too many option levels in one mapping. Args: the limit. */
  public static final String TOO_MANY_OPTION_LEVELS =
      "lodestar.risk.project.error.tooManyOptionLevels";

  /** The response strategy does not apply to the risk kind. Args: response, kind. */
  public static final String MAPPING_RESPONSE_MISMATCH =
      "lodestar.risk.mapping.error.responseMismatch";

  /** A three-point impact is not 0 ≤ min ≤ most likely ≤ max. Args: min, most likely, max. */
  public static final String MAPPING_THREE_POINT = "lodestar.risk.mapping.error.threePoint";

  /** Only part of a three-point impact is set. Args: field ids. */
  public static final String MAPPING_THREE_POINT_INCOMPLETE =
      "lodestar.risk.mapping.error.threePointIncomplete";

  // --- audit actions (AuditEntry.action) ---

  /** A scoring model was created. */
  public static final String AUDIT_MODEL_CREATED = "lodestar.risk.audit.model.created";

  /** A scoring model was updated. */
  public static final String AUDIT_MODEL_UPDATED = "lodestar.risk.audit.model.updated";

  /** A scoring model was deleted. */
  public static final String AUDIT_MODEL_DELETED = "lodestar.risk.audit.model.deleted";

  /** A project's risk settings (or the default) were saved. */
  public static final String AUDIT_SETTINGS_SAVED = "lodestar.risk.audit.settings.saved";
}
