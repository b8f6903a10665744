package io.lodestar.pmo.sandbox.portfolio;

import io.lodestar.pmo.app.portfolio.port.ObjectiveDirectory;
import io.lodestar.pmo.engine.alignment.ObjectiveLink;
import io.lodestar.pmo.engine.alignment.StrategicObjective;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** {@link ObjectiveDirectory} on tables {@code strategic_objective} and {@code objective_link}. */
public final class SqlObjectives implements ObjectiveDirectory {

  private final SandboxStore store;

  public SqlObjectives(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public List<StrategicObjective> objectivesOf(String portfolioKey) {
    return store.inTransaction(
        c -> {
          List<StrategicObjective> found = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, name, owner_key, horizon, weight, kpi, kpi_target FROM"
                      + " strategic_objective WHERE portfolio_key = ? ORDER BY id LIMIT "
                      + MAX_OBJECTIVES)) {
            ps.setString(1, portfolioKey);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(
                    new StrategicObjective(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("owner_key"),
                        Sql.date(rs, "horizon"),
                        rs.getBigDecimal("weight"),
                        rs.getString("kpi"),
                        rs.getBigDecimal("kpi_target")));
              }
            }
          }
          return found;
        });
  }

  @Override
  public List<ObjectiveLink> linksOf(Collection<String> objectiveIds) {
    List<String> ids = new ArrayList<>(objectiveIds);
    if (ids.size() > MAX_OBJECTIVES) {
      throw new IllegalArgumentException("at most " + MAX_OBJECTIVES + " objectives at once");
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    return store.inTransaction(
        c -> {
          List<ObjectiveLink> found = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT project_key, objective_id, share_percent FROM objective_link WHERE"
                      + " objective_id IN ("
                      + Sql.marks(ids.size())
                      + ") ORDER BY objective_id, project_key")) {
            for (int i = 0; i < ids.size(); i++) {
              ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(
                    new ObjectiveLink(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBigDecimal(3).stripTrailingZeros()));
              }
            }
          }
          return found;
        });
  }
}
