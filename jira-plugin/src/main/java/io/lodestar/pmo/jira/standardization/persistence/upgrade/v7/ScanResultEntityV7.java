package io.lodestar.pmo.jira.standardization.persistence.upgrade.v7;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code ScanResultEntity} as of AO model version 7, used only by {@link
 * StandardizationTablesTask}; never edit it. One project's result of one scan (table {@code
 * AO_4669AB_STD_SCAN_RESULT}), unique per (scan, project) through {@link #RESULT_KEY}. {@link
 * #LATEST} marks each project's newest result, so the pages read the current state without a
 * per-project subquery.
 */
@Preload
@Table("STD_SCAN_RESULT")
public interface ScanResultEntityV7 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "STD_SCAN_RESULT";

  /** Column: {@code <scan id>|<project key>}, unique. */
  String RESULT_KEY = "RESULT_KEY";

  /** Column: the scan's id. */
  String SCAN_ID = "SCAN_ID";

  /** Column: the project key. */
  String PROJECT_KEY = "PROJECT_KEY";

  /** Column: the template's id. */
  String TEMPLATE_ID = "TEMPLATE_ID";

  /** Column: the template version evaluated. */
  String TEMPLATE_VERSION = "TEMPLATE_VERSION";

  /** Column: when the project was evaluated. */
  String EVALUATED_AT = "EVALUATED_AT";

  /** Column: whether the project complies. */
  String COMPLIES = "COMPLIES";

  /** Column: whether this is the project's newest result. */
  String LATEST = "LATEST";

  /** Column: the rule results as JSON text. */
  String RULES = "RULES";

  @NotNull
  @Unique
  @StringLength(140)
  String getResultKey();

  void setResultKey(String resultKey);

  @NotNull
  @Indexed
  @StringLength(64)
  String getScanId();

  void setScanId(String scanId);

  @NotNull
  @Indexed
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

  @NotNull
  Date getEvaluatedAt();

  void setEvaluatedAt(Date evaluatedAt);

  @NotNull
  boolean isComplies();

  void setComplies(boolean complies);

  @NotNull
  @Indexed
  boolean isLatest();

  void setLatest(boolean latest);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getRules();

  void setRules(String rules);
}
