package io.lodestar.pmo.app.portfolio.port;

import java.time.LocalDate;
import java.util.Map;

/**
 * Port: how many of a project's issues were resolved on each day of a window, in one aggregate
 * query (never loading issues). Counts every issue of the project (system view): the forecast it
 * feeds is shown only to viewers who may browse the project.
 */
public interface ResolvedThroughput {

  /** The longest window asked for, in days. */
  int MAX_DAYS = 366;

  /**
   * @param projectKey the project
   * @param from first day, UTC
   * @param to last day, UTC, at most {@link #MAX_DAYS} after {@code from}
   * @return resolved issues by day; days without any are absent
   */
  Map<LocalDate, Integer> resolvedPerDay(String projectKey, LocalDate from, LocalDate to);
}
