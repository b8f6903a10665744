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
 * FROZEN copy of {@code ScanEntity} as of AO model version 7, used only by {@link
 * StandardizationTablesTask}; never edit it. One compliance scan's plan and progress (table {@code
 * AO_4669AB_STD_SCAN}). The planned projects are {@code key|template|version} lines, in the plan's
 * order.
 */
@Preload
@Table("STD_SCAN")
public interface ScanEntityV7 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "STD_SCAN";

  /** Column: the scan's id, unique. */
  String SCAN_ID = "SCAN_ID";

  /** Column: who started it ({@code system} for the nightly job). */
  String STARTED_BY = "STARTED_BY";

  /** Column: when. */
  String STARTED_AT = "STARTED_AT";

  /** Column: the planned projects, {@code key|template|version} lines; null for none. */
  String PROJECTS = "PROJECTS";

  /** Column: projects done. */
  String DONE = "DONE";

  /** Column: of which skipped. */
  String SKIPPED = "SKIPPED";

  /** Column: {@code RUNNING}, {@code CANCELLED} or {@code COMPLETED}. */
  String STATE = "STATE";

  /** Column: whether cancelling was asked for. */
  String CANCEL_REQUESTED = "CANCEL_REQUESTED";

  @NotNull
  @Unique
  @StringLength(64)
  String getScanId();

  void setScanId(String scanId);

  @NotNull
  @StringLength(255)
  String getStartedBy();

  void setStartedBy(String startedBy);

  @NotNull
  @Indexed
  Date getStartedAt();

  void setStartedAt(Date startedAt);

  @StringLength(StringLength.UNLIMITED)
  String getProjects();

  void setProjects(String projects);

  @NotNull
  int getDone();

  void setDone(int done);

  @NotNull
  int getSkipped();

  void setSkipped(int skipped);

  @NotNull
  @StringLength(16)
  String getState();

  void setState(String state);

  @NotNull
  boolean isCancelRequested();

  void setCancelRequested(boolean cancelRequested);
}
