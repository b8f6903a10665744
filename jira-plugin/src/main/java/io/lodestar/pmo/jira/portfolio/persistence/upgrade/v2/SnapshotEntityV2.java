package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of the snapshot entity as of AO model version 2 (table {@code PORTFOLIO_SNAPSHOT}),
 * used only by {@link PortfolioTablesTask}. Never edit it: later upgrade tasks get their own
 * copies.
 */
@Preload
@Table("PORTFOLIO_SNAPSHOT")
public interface SnapshotEntityV2 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "PORTFOLIO_SNAPSHOT";

  /** Column: {@code KIND:KEY@yyyy-MM-dd}, unique. */
  String SNAPSHOT_KEY = "SNAPSHOT_KEY";

  /** Column: {@code KIND:KEY}, indexed (a node's series). */
  String NODE = "NODE";

  /** Column: the status date, ISO-8601 (sorts as text). */
  String SNAPSHOT_DATE = "SNAPSHOT_DATE";

  String CURRENCY = "CURRENCY";
  String BAC = "BAC";
  String PV = "PV";
  String EV = "EV";
  String AC = "AC";
  String TODO_COUNT = "TODO_COUNT";
  String IN_PROGRESS_COUNT = "IN_PROGRESS_COUNT";
  String DONE_COUNT = "DONE_COUNT";
  String POINTS_TOTAL = "POINTS_TOTAL";
  String POINTS_DONE = "POINTS_DONE";
  String PERCENT_COMPLETE = "PERCENT_COMPLETE";

  /** Column: health per dimension, {@code SCHEDULE=G,COST=A}; empty when none was rated. */
  String RAG = "RAG";

  /** Column: overall health letter; null when none was rated. */
  String OVERALL = "OVERALL";

  String EXPOSURE_P80 = "EXPOSURE_P80";

  /** Column: the row's format, 1 so far. */
  String FORMAT_VERSION = "FORMAT_VERSION";

  /** The only format so far. */
  int FORMAT_1 = 1;

  @NotNull
  @Unique
  @StringLength(90)
  String getSnapshotKey();

  void setSnapshotKey(String snapshotKey);

  @NotNull
  @Indexed
  @StringLength(80)
  String getNode();

  void setNode(String node);

  @NotNull
  @StringLength(10)
  String getSnapshotDate();

  void setSnapshotDate(String snapshotDate);

  @NotNull
  @StringLength(3)
  String getCurrency();

  void setCurrency(String currency);

  @StringLength(40)
  String getBac();

  void setBac(String bac);

  @StringLength(40)
  String getPv();

  void setPv(String pv);

  @StringLength(40)
  String getEv();

  void setEv(String ev);

  @StringLength(40)
  String getAc();

  void setAc(String ac);

  @NotNull
  long getTodoCount();

  void setTodoCount(long count);

  @NotNull
  long getInProgressCount();

  void setInProgressCount(long count);

  @NotNull
  long getDoneCount();

  void setDoneCount(long count);

  @NotNull
  @StringLength(40)
  String getPointsTotal();

  void setPointsTotal(String points);

  @NotNull
  @StringLength(40)
  String getPointsDone();

  void setPointsDone(String points);

  @StringLength(40)
  String getPercentComplete();

  void setPercentComplete(String percent);

  @StringLength(120)
  String getRag();

  void setRag(String rag);

  @StringLength(1)
  String getOverall();

  void setOverall(String overall);

  @StringLength(40)
  String getExposureP80();

  void setExposureP80(String exposure);

  @NotNull
  int getFormatVersion();

  void setFormatVersion(int formatVersion);
}
