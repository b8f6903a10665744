package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.register.CellCriterion;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The register filter from query parameters, shared by the JSON list and the CSV export, so that
 * the register page's export link carries exactly the filter of the list (heat-map cell included).
 */
final class RegisterParams {

  /** Query parameter of the heat-map cell: {@code probabilityRank,impactRank}. */
  static final String CELL = "cell";

  /** Query parameter of the cell's heat map: {@code inherent} (default) or {@code residual}. */
  static final String STATE = "state";

  /** The heat maps a cell may belong to. */
  enum HeatMapState {
    INHERENT(RiskState.INHERENT),
    RESIDUAL(RiskState.RESIDUAL);

    final RiskState state;

    HeatMapState(RiskState state) {
      this.state = state;
    }
  }

  private RegisterParams() {}

  /**
   * @param status comma-separated statuses; none = all
   * @param owner owner's user key; blank = any
   * @param band current band key; blank = any
   * @param overdue {@code true} = only overdue reviews as of {@code today}
   * @param cell heat-map cell {@code p,i} (1-based ranks); blank = any. Whether it lies within the
   *     project's matrix is the engine's check ({@link RegisterFilter#violations})
   * @param state the cell's heat map, {@code inherent} or {@code residual}; blank = inherent; only
   *     with a cell
   * @throws io.lodestar.pmo.app.shared.error.InvalidInputException naming a malformed parameter
   */
  static RegisterFilter filter(
      RestErrors errors,
      String status,
      String owner,
      String band,
      String overdue,
      String cell,
      String state,
      LocalDate today) {
    Set<RiskStatus> statuses = EnumSet.noneOf(RiskStatus.class);
    if (status != null) {
      for (String part : status.split(",")) {
        if (!part.isBlank()) {
          statuses.add(errors.enumParam("status", part, RiskStatus.class));
        }
      }
    }
    RegisterFilter filter = RegisterFilter.ALL.withStatuses(statuses);
    if (owner != null && !owner.isBlank()) {
      filter = filter.withOwner(owner.strip());
    }
    if (band != null && !band.isBlank()) {
      filter = filter.withBand(band.strip());
    }
    if (Boolean.TRUE.equals(errors.booleanParam("overdue", overdue))) {
      filter = filter.overdueAsOf(today);
    }
    return filter.inCell(cell(errors, cell, state));
  }

  /** The cell criterion, or null when no cell is asked for. */
  private static CellCriterion cell(RestErrors errors, String cell, String state) {
    HeatMapState heatMap = errors.enumParam(STATE, state, HeatMapState.class);
    if (cell == null || cell.isBlank()) {
      if (heatMap != null) {
        throw errors.invalid(CELL, RestErrors.REQUIRED);
      }
      return null;
    }
    String[] parts = cell.strip().split(",", -1);
    if (parts.length == 2) {
      try {
        int p = Integer.parseInt(parts[0].strip());
        int i = Integer.parseInt(parts[1].strip());
        if (p >= 1 && i >= 1) {
          return CellCriterion.of(heatMap == null ? RiskState.INHERENT : heatMap.state, p, i);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw errors.invalid(CELL, RestErrors.CELL, cell);
  }
}
