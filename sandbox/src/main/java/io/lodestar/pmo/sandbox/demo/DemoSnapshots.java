package io.lodestar.pmo.sandbox.demo;

import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.sandbox.portfolio.SqlSnapshotStore;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generated history: a year of weekly snapshots (52, the last one a week before today; today's is
 * left to "Take snapshot now" and the live figures) of every demo project with a profile and of
 * every program and portfolio, so that the S-curve and earned schedule have something to show on a
 * fresh sandbox. Deterministic for a seed.
 *
 * <p>A project's PV is its budget spread linearly over its baseline; its EV follows the PV at a
 * schedule efficiency that starts between 0.75 and 1.05 and drifts by at most ±0.03 a week (kept in
 * [0.6, 1.1]); its AC is the EV over a cost efficiency drawn the same way (kept in [0.7, 1.2]). EV
 * and AC never fall, EV never passes the budget. No snapshot is written before a project's baseline
 * start. A program's or portfolio's snapshot sums its projects of its own currency (a project
 * budgeted in another currency is left out of the sum, never converted); its BAC is the sum of
 * those projects' budgets. Status counts and points are not generated (0): the history is of earned
 * value only.
 */
final class DemoSnapshots {

  /** Weekly snapshots written per node at most: a year, up to a week ago. */
  static final int WEEKS = 52;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DemoSnapshots() {}

  private record Plan(
      String key, String currency, BigDecimal budget, LocalDate start, LocalDate end) {}

  private record Node(String key, String kind, String currency, List<String> projects) {}

  /**
   * Writes the history.
   *
   * @return the number of snapshots written
   */
  static int generate(SandboxStore store, LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5C0_2F_E5L);
    SqlSnapshotStore snapshots = new SqlSnapshotStore(store);
    return store.inTransaction(
        c -> {
          Map<String, Plan> plans = new LinkedHashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT p.project_key, f.currency, f.budget, COALESCE(f.baseline_start,"
                          + " f.start_date) AS s, COALESCE(f.baseline_end, f.end_date) AS e FROM"
                          + " project_profile f JOIN project p ON p.id = f.project_id ORDER BY"
                          + " p.project_key");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              LocalDate s = Sql.date(rs, "s");
              LocalDate e = Sql.date(rs, "e");
              BigDecimal budget = rs.getBigDecimal("budget");
              if (s != null && e != null && budget != null && !e.isBefore(s)) {
                plans.put(
                    rs.getString(1), new Plan(rs.getString(1), rs.getString(2), budget, s, e));
              }
            }
          }
          List<Node> nodes = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT n.node_key, n.kind, n.currency, n.parent_key, s.project_key FROM"
                          + " portfolio_node n LEFT JOIN portfolio_scope s ON s.node_key ="
                          + " n.node_key AND s.scope_kind = 'PROJECT' ORDER BY n.node_key,"
                          + " s.position");
              ResultSet rs = ps.executeQuery()) {
            Map<String, Node> byKey = new LinkedHashMap<>();
            Map<String, String> parents = new HashMap<>();
            while (rs.next()) {
              Node n =
                  byKey.computeIfAbsent(
                      rs.getString(1),
                      k -> {
                        try {
                          return new Node(k, rs.getString(2), rs.getString(3), new ArrayList<>());
                        } catch (java.sql.SQLException ex) {
                          throw new IllegalStateException(ex);
                        }
                      });
              if (rs.getString(4) != null) {
                parents.put(n.key(), rs.getString(4));
              }
              if (rs.getString(5) != null) {
                n.projects().add(rs.getString(5));
              }
            }
            parents.forEach(
                (child, parent) -> {
                  Node p = byKey.get(parent);
                  if (p != null) {
                    p.projects().addAll(byKey.get(child).projects());
                  }
                });
            nodes.addAll(byKey.values());
          }
          // Projects first, then programs, then portfolios (SnapshotSource's order).
          Map<String, Map<LocalDate, MetricSnapshot>> byProject = new HashMap<>();
          int written = 0;
          for (Plan plan : plans.values()) {
            Map<LocalDate, MetricSnapshot> history = project(plan, today, random);
            byProject.put(plan.key(), history);
            for (MetricSnapshot s : history.values()) {
              written += snapshots.putIfAbsent(s) ? 1 : 0;
            }
          }
          for (String kind : List.of("PROGRAM", "PORTFOLIO")) {
            for (Node n : nodes) {
              if (!n.kind().equals(kind)) {
                continue;
              }
              for (MetricSnapshot s : node(n, plans, byProject, today)) {
                written += snapshots.putIfAbsent(s) ? 1 : 0;
              }
            }
          }
          return written;
        });
  }

  private static Map<LocalDate, MetricSnapshot> project(
      Plan plan, LocalDate today, SplittableRandom random) {
    Map<LocalDate, MetricSnapshot> history = new TreeMap<>();
    double spi = 0.75 + random.nextDouble() * 0.30;
    double cpi = 0.80 + random.nextDouble() * 0.30;
    BigDecimal ev = BigDecimal.ZERO;
    BigDecimal ac = BigDecimal.ZERO;
    long planDays = ChronoUnit.DAYS.between(plan.start(), plan.end()) + 1;
    for (int w = WEEKS; w >= 1; w--) {
      LocalDate date = today.minusWeeks(w);
      spi = clamp(spi + (random.nextDouble() - 0.5) * 0.06, 0.6, 1.1);
      cpi = clamp(cpi + (random.nextDouble() - 0.5) * 0.06, 0.7, 1.2);
      if (date.isBefore(plan.start())) {
        continue;
      }
      long elapsed = Math.min(planDays, ChronoUnit.DAYS.between(plan.start(), date) + 1);
      BigDecimal pv =
          plan.budget()
              .multiply(BigDecimal.valueOf(elapsed))
              .divide(BigDecimal.valueOf(planDays), 2, RoundingMode.HALF_UP);
      ev =
          ev.max(pv.multiply(BigDecimal.valueOf(spi)).setScale(2, RoundingMode.HALF_UP))
              .min(plan.budget());
      ac = ac.max(ev.divide(BigDecimal.valueOf(cpi), 2, RoundingMode.HALF_UP));
      BigDecimal percent =
          plan.budget().signum() == 0
              ? null
              : ev.multiply(HUNDRED).divide(plan.budget(), 2, RoundingMode.HALF_UP).min(HUNDRED);
      history.put(
          date,
          MetricSnapshot.builder(
                  new SnapshotKey(SnapshotNode.project(plan.key()), date), plan.currency())
              .earnedValue(plan.budget(), pv, ev, ac)
              .percentComplete(percent)
              .build());
    }
    return history;
  }

  private static List<MetricSnapshot> node(
      Node n,
      Map<String, Plan> plans,
      Map<String, Map<LocalDate, MetricSnapshot>> byProject,
      LocalDate today) {
    List<String> members = new ArrayList<>();
    BigDecimal bac = BigDecimal.ZERO;
    for (String key : n.projects()) {
      Plan p = plans.get(key);
      if (p != null && p.currency().equals(n.currency()) && !members.contains(key)) {
        members.add(key);
        bac = bac.add(p.budget());
      }
    }
    List<MetricSnapshot> out = new ArrayList<>();
    if (members.isEmpty()) {
      return out;
    }
    SnapshotNode node = new SnapshotNode(SnapshotNode.Kind.valueOf(n.kind()), n.key());
    for (int w = WEEKS; w >= 1; w--) {
      LocalDate date = today.minusWeeks(w);
      BigDecimal pv = BigDecimal.ZERO;
      BigDecimal ev = BigDecimal.ZERO;
      BigDecimal ac = BigDecimal.ZERO;
      boolean any = false;
      for (String key : members) {
        MetricSnapshot s = byProject.get(key).get(date);
        if (s != null) {
          any = true;
          pv = pv.add(s.pv());
          ev = ev.add(s.ev());
          ac = ac.add(s.ac());
        }
      }
      if (!any) {
        continue;
      }
      out.add(
          MetricSnapshot.builder(new SnapshotKey(node, date), n.currency())
              .earnedValue(bac, pv, ev, ac)
              .percentComplete(
                  bac.signum() == 0
                      ? null
                      : ev.multiply(HUNDRED).divide(bac, 2, RoundingMode.HALF_UP).min(HUNDRED))
              .build());
    }
    return out;
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }
}
