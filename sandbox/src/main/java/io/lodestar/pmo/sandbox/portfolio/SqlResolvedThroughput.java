package io.lodestar.pmo.sandbox.portfolio;

import io.lodestar.pmo.app.portfolio.port.ResolvedThroughput;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@link ResolvedThroughput} on the sandbox's issue table: one GROUP BY over the project's issues
 * resolved in the window (at most {@link ResolvedThroughput#MAX_DAYS} rows come back).
 */
public final class SqlResolvedThroughput implements ResolvedThroughput {

  private final SandboxStore store;

  public SqlResolvedThroughput(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Map<LocalDate, Integer> resolvedPerDay(String projectKey, LocalDate from, LocalDate to) {
    Objects.requireNonNull(projectKey, "projectKey");
    if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
      throw new IllegalArgumentException(
          "window must be 1 to " + MAX_DAYS + " days: " + from + ".." + to);
    }
    return store.inTransaction(
        c -> {
          Map<LocalDate, Integer> out = new TreeMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT CAST(i.resolution_date AT TIME ZONE 'UTC' AS DATE) AS d, COUNT(*) FROM"
                      + " issue i JOIN project p ON p.id = i.project_id WHERE p.project_key = ?"
                      + " AND i.resolution_date >= ? AND i.resolution_date < ? GROUP BY d")) {
            ps.setString(1, projectKey);
            ps.setObject(2, OffsetDateTime.of(from.atStartOfDay(), ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.of(to.plusDays(1).atStartOfDay(), ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(Sql.date(rs, "d"), rs.getInt(2));
              }
            }
          }
          return out;
        });
  }
}
