package io.lodestar.pmo.jira.risk.rest;

import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The register filter from query parameters, shared by the JSON list and the CSV export. */
final class RegisterParams {

  private RegisterParams() {}

  /**
   * @param status comma-separated statuses; none = all
   * @param owner owner's user key; blank = any
   * @param band current band key; blank = any
   * @param overdue {@code true} = only overdue reviews as of {@code today}
   * @throws io.lodestar.pmo.jira.shared.error.InvalidInputException naming a malformed parameter
   */
  static RegisterFilter filter(
      RestErrors errors,
      String status,
      String owner,
      String band,
      String overdue,
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
    return filter;
  }
}
