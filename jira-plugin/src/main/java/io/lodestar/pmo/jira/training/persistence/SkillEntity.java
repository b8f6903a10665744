package io.lodestar.pmo.jira.training.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One skill of the catalog (engine {@link io.lodestar.pmo.engine.training.Skill}), with what each
 * level 1 to 5 means. Table {@code AO_4669AB_TRN_SKILL}.
 */
@Preload
@Table(SkillEntity.TABLE)
public interface SkillEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_SKILL";

  /** Column: the skill's stable id. */
  String SKILL_ID = "SKILL_ID";

  /** Column: the shown name. */
  String NAME = "NAME";

  /** Column: the broader skill's id; null for a root. */
  String PARENT_ID = "PARENT_ID";

  /** Column: what level 1 means. */
  String LEVEL1 = "LEVEL1";

  /** Column: what level 2 means. */
  String LEVEL2 = "LEVEL2";

  /** Column: what level 3 means. */
  String LEVEL3 = "LEVEL3";

  /** Column: what level 4 means. */
  String LEVEL4 = "LEVEL4";

  /** Column: what level 5 means. */
  String LEVEL5 = "LEVEL5";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(64)
  String getSkillId();

  void setSkillId(String skillId);

  @NotNull
  @StringLength(255)
  String getName();

  void setName(String name);

  @StringLength(64)
  String getParentId();

  void setParentId(String parentId);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getLevel1();

  void setLevel1(String level1);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getLevel2();

  void setLevel2(String level2);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getLevel3();

  void setLevel3(String level3);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getLevel4();

  void setLevel4(String level4);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getLevel5();

  void setLevel5(String level5);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
