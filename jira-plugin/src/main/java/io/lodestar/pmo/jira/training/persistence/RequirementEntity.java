package io.lodestar.pmo.jira.training.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A requirement on work (engine {@link io.lodestar.pmo.engine.training.Requirement}): exactly one
 * of {@code SKILL_ID} (with {@code MIN_LEVEL}) and {@code CERT_TYPE_ID} is set. Table {@code
 * AO_4669AB_TRN_REQUIREMENT}.
 */
@Preload
@Table(RequirementEntity.TABLE)
public interface RequirementEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_REQUIREMENT";

  /** Column: {@code PROJECT}, {@code ISSUE_TYPE} or {@code COMPONENT}. */
  String SCOPE = "SCOPE";

  /** Column: a project key, an issue type id or a component name. */
  String SCOPE_KEY = "SCOPE_KEY";

  /** Column: the skill required; null for a certification. */
  String SKILL_ID = "SKILL_ID";

  /** Column: the minimum level of the skill; 0 for a certification. */
  String MIN_LEVEL = "MIN_LEVEL";

  /** Column: the certification type required; null for a skill. */
  String CERT_TYPE_ID = "CERT_TYPE_ID";

  @NotNull
  @StringLength(20)
  String getScope();

  void setScope(String scope);

  @NotNull
  @Indexed
  @StringLength(255)
  String getScopeKey();

  void setScopeKey(String scopeKey);

  @StringLength(64)
  String getSkillId();

  void setSkillId(String skillId);

  int getMinLevel();

  void setMinLevel(int minLevel);

  @StringLength(64)
  String getCertTypeId();

  void setCertTypeId(String certTypeId);
}
