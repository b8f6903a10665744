package io.lodestar.pmo.jira.portfolio.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.portfolio.port.ObjectiveDirectory;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.alignment.ObjectiveLink;
import io.lodestar.pmo.engine.alignment.StrategicObjective;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import net.java.ao.Query;

/**
 * {@link ObjectiveDirectory} on {@link ObjectiveEntity} and {@link ObjectiveLinkEntity}: two
 * bounded queries at most ({@link ObjectiveDirectory#MAX_OBJECTIVES} rows, one IN list).
 */
public final class AoObjectives implements ObjectiveDirectory {

  private final ActiveObjects ao;

  public AoObjectives(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
  }

  @Override
  public List<StrategicObjective> objectivesOf(String portfolioKey) {
    if (portfolioKey == null) {
      return List.of();
    }
    ObjectiveEntity[] rows =
        ao.find(
            ObjectiveEntity.class,
            Query.select()
                .where(ObjectiveEntity.PORTFOLIO_KEY + " = ?", portfolioKey)
                .order(ObjectiveEntity.OBJECTIVE_ID + " ASC")
                .limit(MAX_OBJECTIVES));
    List<StrategicObjective> found = new ArrayList<>(rows.length);
    for (ObjectiveEntity row : rows) {
      found.add(toObjective(row));
    }
    return found;
  }

  @Override
  public List<ObjectiveLink> linksOf(Collection<String> objectiveIds) {
    List<String> ids = List.copyOf(objectiveIds);
    if (ids.size() > MAX_OBJECTIVES) {
      throw new IllegalArgumentException("at most " + MAX_OBJECTIVES + " objectives at once");
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    ObjectiveLinkEntity[] rows =
        ao.find(
            ObjectiveLinkEntity.class,
            Query.select()
                .where(
                    ObjectiveLinkEntity.OBJECTIVE_ID
                        + " IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?"))
                        + ")",
                    ids.toArray())
                .order(
                    ObjectiveLinkEntity.OBJECTIVE_ID
                        + " ASC, "
                        + ObjectiveLinkEntity.PROJECT_KEY
                        + " ASC"));
    List<ObjectiveLink> found = new ArrayList<>(rows.length);
    for (ObjectiveLinkEntity row : rows) {
      try {
        found.add(
            new ObjectiveLink(
                row.getProjectKey(),
                row.getObjectiveId(),
                new BigDecimal(row.getSharePercent()).stripTrailingZeros()));
      } catch (RuntimeException e) {
        throw new StoredDataException(
            ObjectiveLinkEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
      }
    }
    return found;
  }

  private static StrategicObjective toObjective(ObjectiveEntity row) {
    try {
      return new StrategicObjective(
          row.getObjectiveId(),
          row.getName(),
          row.getOwnerKey(),
          LocalDate.parse(row.getHorizon()),
          new BigDecimal(row.getWeight()),
          row.getKpi(),
          new BigDecimal(row.getKpiTarget()));
    } catch (DateTimeParseException | NumberFormatException | NullPointerException e) {
      throw new StoredDataException(
          ObjectiveEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
    }
  }
}
