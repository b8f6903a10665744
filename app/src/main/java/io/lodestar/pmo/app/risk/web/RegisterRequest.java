package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.register.CellCriterion;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The register page's request, validated: the filter (status, level, owner, overdue review, one
 * heat-map cell), the sort and the first row. Built by {@link RiskRegisterPageController}, which
 * reports malformed parameters as a 400 page; {@link #parameters()} gives them back for links.
 *
 * @param status only this status; null = any
 * @param band only risks whose current band is this one; null = any
 * @param ownerName the owner filter as typed (login name); empty = any
 * @param ownerKey the key of {@code ownerName}'s user; null = any
 * @param overdueOnly only active risks whose review is overdue
 * @param sort the order
 * @param startAt 0-based first row
 * @param cell only risks whose {@code cellState} assessment lies in this cell; null = any
 * @param cellState the heat map the cell belongs to (inherent or residual); null when no cell
 */
record RegisterRequest(
    RiskStatus status,
    Band band,
    String ownerName,
    String ownerKey,
    boolean overdueOnly,
    RegisterSort sort,
    int startAt,
    Cell cell,
    RiskState cellState) {

  static final String PROJECT = "project";
  static final String STATUS = "status";
  static final String LEVEL = "level";
  static final String OWNER = "owner";
  static final String OVERDUE = "overdue";
  static final String SORT = "sort";
  static final String ORDER = "order";
  static final String START_AT = "startAt";
  static final String CELL = "cell";
  static final String STATE = "state";

  RegisterRequest {
    Objects.requireNonNull(ownerName, "ownerName");
    Objects.requireNonNull(sort, "sort");
    if ((cell == null) != (cellState == null)) {
      throw new IllegalArgumentException("cell and cellState go together");
    }
  }

  /** The engine filter of this request, heat-map cell included. */
  RegisterFilter filter(LocalDate today) {
    RegisterFilter filter =
        RegisterFilter.ALL
            .withStatuses(status == null ? EnumSet.noneOf(RiskStatus.class) : EnumSet.of(status))
            .withOwner(ownerKey)
            .withBand(band == null ? null : band.key())
            .inCell(cell == null ? null : new CellCriterion(cellState, cell));
    return overdueOnly ? filter.overdueAsOf(today) : filter;
  }

  /** This request with another sort, from the first row. */
  RegisterRequest sortedBy(RegisterSort other) {
    return new RegisterRequest(
        status, band, ownerName, ownerKey, overdueOnly, other, 0, cell, cellState);
  }

  /** This request from another row. */
  RegisterRequest from(int row) {
    return new RegisterRequest(
        status, band, ownerName, ownerKey, overdueOnly, sort, row, cell, cellState);
  }

  /** This request filtered to one heat-map cell instead of its own, from the first row. */
  RegisterRequest inCell(Cell other, RiskState state) {
    return new RegisterRequest(
        status, band, ownerName, ownerKey, overdueOnly, sort, 0, other, state);
  }

  /** This request without its cell filter, from the first row. */
  RegisterRequest withoutCell() {
    return new RegisterRequest(status, band, ownerName, ownerKey, overdueOnly, sort, 0, null, null);
  }

  /** The page parameters of this request (without the project), in a fixed order, none empty. */
  Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    if (status != null) {
      p.put(STATUS, lower(status));
    }
    if (band != null) {
      p.put(LEVEL, band.key());
    }
    if (!ownerName.isEmpty()) {
      p.put(OWNER, ownerName);
    }
    if (overdueOnly) {
      p.put(OVERDUE, "true");
    }
    p.put(SORT, lower(sort.field()));
    p.put(ORDER, lower(sort.direction()));
    if (startAt > 0) {
      p.put(START_AT, Integer.toString(startAt));
    }
    if (cell != null) {
      p.put(CELL, cell.probabilityRank() + "," + cell.impactRank());
      p.put(STATE, lower(cellState));
    }
    return p;
  }

  /**
   * The query of the CSV export with the same filter as the page: the REST parameters {@code
   * status}, {@code owner} (user key), {@code band}, {@code overdue}, {@code cell} and {@code
   * state}.
   */
  Map<String, String> csvParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    if (status != null) {
      p.put("status", lower(status));
    }
    if (ownerKey != null) {
      p.put("owner", ownerKey);
    }
    if (band != null) {
      p.put("band", band.key());
    }
    if (overdueOnly) {
      p.put("overdue", "true");
    }
    if (cell != null) {
      p.put(CELL, cell.probabilityRank() + "," + cell.impactRank());
      p.put(STATE, lower(cellState));
    }
    return p;
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
