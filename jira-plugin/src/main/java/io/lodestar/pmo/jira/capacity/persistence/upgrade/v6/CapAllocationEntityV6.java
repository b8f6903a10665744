package io.lodestar.pmo.jira.capacity.persistence.upgrade.v6;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * FROZEN copy of {@code CapAllocationEntity} as of AO model version 6, used only by {@link
 * CapacityTablesTask}; never edit it. An explicit allocation of a person or team (holder) to a
 * project, optionally one issue, over a day range (ISO-8601 text), as a percent of capacity or
 * total seconds (exactly one of the two set) (table {@code AO_4669AB_CAP_ALLOCATION}; sandbox
 * {@code cap_allocation}).
 */
@Preload
@Table("CAP_ALLOCATION")
public interface CapAllocationEntityV6 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "CAP_ALLOCATION";

  String HOLDER_KEY = "HOLDER_KEY";
  String HOLDER_TEAM = "HOLDER_TEAM";
  String PROJECT_KEY = "PROJECT_KEY";
  String ISSUE_KEY = "ISSUE_KEY";
  String FIRST_DAY = "FIRST_DAY";
  String LAST_DAY = "LAST_DAY";
  String ALLOCATED_PERCENT = "ALLOCATED_PERCENT";
  String TOTAL_SECONDS = "TOTAL_SECONDS";

  @NotNull
  @Indexed
  @StringLength(255)
  String getHolderKey();

  void setHolderKey(String holderKey);

  @NotNull
  boolean getHolderTeam();

  void setHolderTeam(boolean team);

  @NotNull
  @Indexed
  @StringLength(255)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @StringLength(255)
  String getIssueKey();

  void setIssueKey(String issueKey);

  @NotNull
  @StringLength(10)
  String getFirstDay();

  void setFirstDay(String firstDay);

  @NotNull
  @StringLength(10)
  String getLastDay();

  void setLastDay(String lastDay);

  Integer getAllocatedPercent();

  void setAllocatedPercent(Integer percent);

  Long getTotalSeconds();

  void setTotalSeconds(Long totalSeconds);
}
