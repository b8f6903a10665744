package io.lodestar.pmo.jira.standardization.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The template version one project follows (table {@code AO_4669AB_STD_ASSIGNMENT}), one row per
 * project (unique key).
 */
@Preload
@Table(AssignmentEntity.TABLE)
public interface AssignmentEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "STD_ASSIGNMENT";

  /** Column: the project key. */
  String PROJECT_KEY = "PROJECT_KEY";

  /** Column: the template's id. */
  String TEMPLATE_ID = "TEMPLATE_ID";

  /** Column: the template version followed. */
  String TEMPLATE_VERSION = "TEMPLATE_VERSION";

  @NotNull
  @Unique
  @StringLength(64)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @NotNull
  @StringLength(64)
  String getTemplateId();

  void setTemplateId(String templateId);

  @NotNull
  int getTemplateVersion();

  void setTemplateVersion(int templateVersion);
}
