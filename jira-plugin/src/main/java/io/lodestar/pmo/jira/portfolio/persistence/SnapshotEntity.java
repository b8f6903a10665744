package io.lodestar.pmo.jira.portfolio.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One node's metric snapshot of one day (table {@code AO_4669AB_PORTFOLIO_SNAPSHOT}), in the text
 * forms of {@link io.lodestar.pmo.engine.portfolio.snapshot.SnapshotText}. The unique {@code
 * SNAPSHOT_KEY} ({@code PROJECT:MOB@2026-12-03}) is the idempotency key: a retried or doubled job
 * run cannot store a day twice, the second insert fails on the constraint. An n/a figure is NULL.
 */
@Preload
@Table(SnapshotEntity.TABLE)
public interface SnapshotEntity extends Entity {

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

  /** Column: the row's format, {@value SnapshotEntity#FORMAT_1} so far. */
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
