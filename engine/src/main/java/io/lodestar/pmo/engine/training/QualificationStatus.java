package io.lodestar.pmo.engine.training;

/**
 * The verdict on an assignee for one need, or overall (the "Lodestar qualification" field), from
 * the worst down. The overall status is the first of this order that any finding has.
 */
public enum QualificationStatus {
  MISSING_SKILL("lodestar.training.qualification.status.missingSkill"),
  CERTIFICATION_MISSING("lodestar.training.qualification.status.certificationMissing"),
  CERTIFICATION_NOT_YET_VALID("lodestar.training.qualification.status.certificationNotYetValid"),
  CERTIFICATION_EXPIRES("lodestar.training.qualification.status.certificationExpires"),
  OK("lodestar.training.qualification.status.ok");

  private final String messageKey;

  QualificationStatus(String messageKey) {
    this.messageKey = messageKey;
  }

  /** The i18n key of the status's name. */
  public String messageKey() {
    return messageKey;
  }
}
