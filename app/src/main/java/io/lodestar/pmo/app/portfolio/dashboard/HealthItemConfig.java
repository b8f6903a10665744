package io.lodestar.pmo.app.portfolio.dashboard;

import io.lodestar.pmo.engine.shared.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The configuration of one "Lodestar portfolio health" item: which portfolio (or program), which
 * columns of a fixed set, the sort and at most how many rows.
 *
 * @param portfolioKey the portfolio or program shown; null until the item is configured
 * @param columns the columns shown beside the name, in the order of {@link Column}; at least one
 * @param sort the rows' order
 * @param rows at most this many rows, 1 to {@link #MAX_ROWS}
 * @param version the stored version; 0 while nothing is stored
 */
public record HealthItemConfig(
    String portfolioKey, List<Column> columns, Sort sort, int rows, long version) {

  /** The most rows an item shows. */
  public static final int MAX_ROWS = 20;

  /** The rows of an item that was never configured. */
  public static final int DEFAULT_ROWS = 10;

  /** The longest portfolio key. */
  public static final int MAX_KEY = 20;

  static final String REQUIRED = "lodestar.dashboard.config.error.required";
  static final String ROWS_RANGE = "lodestar.dashboard.config.error.rows";
  static final String KEY_LENGTH = "lodestar.dashboard.config.error.keyLength";

  /** The columns an item may show beside each row's name. */
  public enum Column {
    /** The computed health (a program: the worst of its visible projects). */
    HEALTH,
    /** A project's manual override, beside the computed value. */
    OVERRIDE,
    /** % complete by the portfolio's method. */
    PROGRESS,
    /** Visible issues. */
    ISSUES,
    /** Visible issues done. */
    DONE,
    /** Issues the viewer may not browse. */
    HIDDEN
  }

  /** The rows' order. */
  public enum Sort {
    /** Worst effective health first (red, amber, green, not rated), then by name. */
    HEALTH,
    /** By name. */
    NAME,
    /** Lowest % complete first, n/a last, then by name. */
    PROGRESS
  }

  public HealthItemConfig {
    columns = columns == null ? List.of() : List.copyOf(new LinkedHashSet<>(columns));
  }

  /** An item that was never configured: no portfolio, the default columns, sort and rows. */
  public static HealthItemConfig unconfigured() {
    return new HealthItemConfig(
        null,
        List.of(Column.HEALTH, Column.OVERRIDE, Column.PROGRESS, Column.HIDDEN),
        Sort.HEALTH,
        DEFAULT_ROWS,
        0);
  }

  public boolean isConfigured() {
    return portfolioKey != null;
  }

  public boolean shows(Column column) {
    return columns.contains(column);
  }

  public HealthItemConfig withVersion(long next) {
    return new HealthItemConfig(portfolioKey, columns, sort, rows, next);
  }

  /** Same content, whatever the version. */
  public boolean sameContent(HealthItemConfig other) {
    return Objects.equals(portfolioKey, other.portfolioKey)
        && columns.equals(other.columns)
        && sort == other.sort
        && rows == other.rows;
  }

  /** What is wrong with this configuration, each naming its field; empty when it is valid. */
  public List<Violation> check() {
    List<Violation> violations = new ArrayList<>();
    if (portfolioKey == null || portfolioKey.isBlank()) {
      violations.add(Violation.of("portfolio", REQUIRED));
    } else if (portfolioKey.length() > MAX_KEY) {
      violations.add(Violation.of("portfolio", KEY_LENGTH, MAX_KEY));
    }
    if (columns.isEmpty()) {
      violations.add(Violation.of("columns", REQUIRED));
    }
    if (sort == null) {
      violations.add(Violation.of("sort", REQUIRED));
    }
    if (rows < 1 || rows > MAX_ROWS) {
      violations.add(Violation.of("rows", ROWS_RANGE, 1, MAX_ROWS));
    }
    return violations;
  }
}
