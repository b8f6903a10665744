package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of the project-profile entity as of AO model version 2 (table {@code
 * PROJECT_PROFILE}), used only by {@link PortfolioTablesTask}. Never edit it: later upgrade tasks
 * get their own copies.
 */
@Preload
@Table("PROJECT_PROFILE")
public interface ProjectProfileEntityV2 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "PROJECT_PROFILE";

  /** Column: the project key, or a JQL scope's key. */
  String PROJECT_KEY = "PROJECT_KEY";

  /** Column: user key of the sponsor; null when none. */
  String SPONSOR_KEY = "SPONSOR_KEY";

  /** Column: user key of the project manager; null when none. */
  String MANAGER_KEY = "MANAGER_KEY";

  /** Column: the budget at completion as plain decimal text; null when none. */
  String BUDGET = "BUDGET";

  /** Column: ISO 4217 code of the budget and every amount of the project. */
  String CURRENCY = "CURRENCY";

  /** Column: first day of the plan; null when not planned. */
  String START_DATE = "START_DATE";

  /** Column: last day of the plan; null when not planned. */
  String END_DATE = "END_DATE";

  /** Column: the project's phase, e.g. {@code INITIATION}, {@code EXECUTION}, {@code CLOSED}. */
  String PHASE = "PHASE";

  /** Column: the baseline's budget (the BAC the plan was approved with); null when none. */
  String BASELINE_BUDGET = "BASELINE_BUDGET";

  /** Column: the baseline's first day; null when none. */
  String BASELINE_START = "BASELINE_START";

  /** Column: the baseline's last day; null when none. */
  String BASELINE_END = "BASELINE_END";

  /** Column: the day the baseline was set; null when none. */
  String BASELINED_ON = "BASELINED_ON";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(64)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @StringLength(255)
  String getSponsorKey();

  void setSponsorKey(String sponsorKey);

  @StringLength(255)
  String getManagerKey();

  void setManagerKey(String managerKey);

  @StringLength(40)
  String getBudget();

  void setBudget(String budget);

  @NotNull
  @StringLength(3)
  String getCurrency();

  void setCurrency(String currency);

  @StringLength(10)
  String getStartDate();

  void setStartDate(String startDate);

  @StringLength(10)
  String getEndDate();

  void setEndDate(String endDate);

  @NotNull
  @StringLength(32)
  String getPhase();

  void setPhase(String phase);

  @StringLength(40)
  String getBaselineBudget();

  void setBaselineBudget(String baselineBudget);

  @StringLength(10)
  String getBaselineStart();

  void setBaselineStart(String baselineStart);

  @StringLength(10)
  String getBaselineEnd();

  void setBaselineEnd(String baselineEnd);

  @StringLength(10)
  String getBaselinedOn();

  void setBaselinedOn(String baselinedOn);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
