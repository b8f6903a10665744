package io.lodestar.pmo.sandbox.demo;

import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.sandbox.portfolio.SqlPortfolioStore;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo's portfolio configuration, deterministic for a seed: two portfolios over the demo's
 * projects, {@code DIGITAL} in euros (progress by story points; one of its projects is budgeted in
 * US dollars, so its earned-value table shows two currencies side by side, never added) and {@code
 * OPERATIONS} in US dollars (progress by estimate), each with three programs of five projects;
 * every project of them gets a profile (budget from its estimates × the default rate, plan and
 * baseline around the demo's year), the portfolios get strategic objectives with KPIs (one served
 * by no project, so coverage has a gap to show) linked to projects with contribution shares, and
 * both currencies get rate cards (a default, role rates and a personal rate; demo people have
 * roles). The Infrastructure programs stay outside any portfolio.
 */
final class DemoPortfolios {

  /** The euro project budgeted in US dollars (a vendor contract). */
  static final String DOLLAR_PROJECT = "DATC";

  private static final String[][] PORTFOLIOS = {
    {"DIGITAL", "Digital", "EUR", "BY_POINTS"},
    {"OPERATIONS", "Operations", "USD", "BY_ESTIMATE"},
  };

  /** Program key, portfolio key, the demo's program name. */
  private static final String[][] PROGRAMS = {
    {"MOBILE", "DIGITAL", "Mobile"},
    {"WEB", "DIGITAL", "Web"},
    {"DATA_PLATFORM", "DIGITAL", "Data platform"},
    {"SUPPLY_CHAIN", "OPERATIONS", "Supply chain"},
    {"FINANCE_SYSTEMS", "OPERATIONS", "Finance systems"},
    {"PEOPLE_SYSTEMS", "OPERATIONS", "People systems"},
  };

  private static final String[] ROLES = {"Developer", "Analyst", "Tester"};

  private static final Map<String, BigDecimal> DEFAULT_RATE =
      Map.of("EUR", new BigDecimal("85"), "USD", new BigDecimal("95"));

  private DemoPortfolios() {}

  static void generate(
      SandboxStore store,
      List<DemoData.ProjectPlan> plans,
      List<String> people,
      LocalDate today,
      SplittableRandom random) {
    SqlPortfolioStore nodes = new SqlPortfolioStore(store);
    store.inTransaction(
        c -> {
          for (String[] p : PORTFOLIOS) {
            nodes.create(
                new PortfolioNode(
                    p[0],
                    PortfolioNodeKind.PORTFOLIO,
                    p[1],
                    null,
                    DemoAccounts.PMO,
                    people.get(0),
                    p[2],
                    PercentCompleteMethod.valueOf(p[3]),
                    List.of(),
                    0));
          }
          Map<String, String> currencyOf = new HashMap<>();
          for (String[] p : PORTFOLIOS) {
            currencyOf.put(p[0], p[2]);
          }
          int programIndex = 0;
          for (String[] program : PROGRAMS) {
            List<ProjectScope> scopes = new ArrayList<>();
            for (DemoData.ProjectPlan plan : plans) {
              if (plan.program().equals(program[2])) {
                scopes.add(new ProjectScope.JiraProject(plan.key()));
              }
            }
            String currency = currencyOf.get(program[1]);
            nodes.create(
                new PortfolioNode(
                    program[0],
                    PortfolioNodeKind.PROGRAM,
                    program[2],
                    program[1],
                    program[0].equals("MOBILE") ? DemoAccounts.MANAGER : DemoAccounts.PMO,
                    people.get(1 + programIndex++),
                    currency,
                    program[1].equals("DIGITAL")
                        ? PercentCompleteMethod.BY_POINTS
                        : PercentCompleteMethod.BY_ESTIMATE,
                    scopes,
                    0));
            for (DemoData.ProjectPlan plan : plans) {
              if (plan.program().equals(program[2])) {
                String projectCurrency = plan.key().equals(DOLLAR_PROJECT) ? "USD" : currency;
                profile(
                    c,
                    plan,
                    projectCurrency,
                    program[1].equals("DIGITAL")
                        ? PercentCompleteMethod.BY_POINTS
                        : PercentCompleteMethod.BY_ESTIMATE,
                    today,
                    random);
              }
            }
          }
          rates(c, people);
          objectives(c, today);
          return null;
        });
  }

  private static void profile(
      Connection c,
      DemoData.ProjectPlan plan,
      String currency,
      PercentCompleteMethod method,
      LocalDate today,
      SplittableRandom random)
      throws SQLException {
    long estimateSeconds;
    long spentSeconds;
    long remainingSeconds;
    double points;
    double pointsDone;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COALESCE(SUM(original_estimate_seconds), 0),"
                + " COALESCE(SUM(time_spent_seconds), 0),"
                + " COALESCE(SUM(remaining_estimate_seconds), 0),"
                + " COALESCE(SUM(story_points), 0),"
                + " COALESCE(SUM(CASE WHEN status_category = 'done' THEN story_points END), 0)"
                + " FROM issue WHERE project_id = ?")) {
      ps.setLong(1, plan.id());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        estimateSeconds = rs.getLong(1);
        spentSeconds = rs.getLong(2);
        remainingSeconds = rs.getLong(3);
        points = rs.getDouble(4);
        pointsDone = rs.getDouble(5);
      }
    }
    // The work done so far, as the portfolio measures it (the rollup's % complete, approximately).
    double done =
        method == PercentCompleteMethod.BY_POINTS
            ? (points > 0 ? pointsDone / points : 0)
            : (spentSeconds + remainingSeconds > 0
                ? (double) spentSeconds / (spentSeconds + remainingSeconds)
                : 0);
    // Each project has its own schedule and cost efficiency (SPI in [0.90, 1.10], CPI in
    // [0.92, 1.12]): its baseline and budget are set so that the work done so far is that far
    // ahead of or behind them. The health rules then judge the live figures (behind plan, schedule
    // and cost variance): in the default demo 8 projects come out on track, 10 at risk, 12 off
    // track, each for the reason its figures give.
    double spi = (90 + random.nextInt(21)) / 100.0;
    double cpi = (92 + random.nextInt(21)) / 100.0;
    LocalDate start = today.minusDays(330 - random.nextInt(60));
    long elapsed = ChronoUnit.DAYS.between(start, today);
    LocalDate baselineEnd;
    BigDecimal budget;
    BigDecimal rate = DEFAULT_RATE.get(currency);
    if (done > 0.02 && spentSeconds > 0) {
      double planned = Math.min(done / spi, 1.2);
      // Planned fraction today = elapsed / planned duration (calendar days for working days).
      baselineEnd = start.plusDays(Math.max(1, Math.round(elapsed / planned)));
      // AC ≈ spent hours × the default rate; EV = BAC × done; CPI = EV / AC.
      double spentCost = spentSeconds / 3600.0 * rate.doubleValue();
      budget = BigDecimal.valueOf(spentCost * cpi / done);
    } else {
      // Not started (or nothing measured): budget from the estimates, plan ahead.
      baselineEnd = today.plusDays(120 + random.nextInt(420));
      budget =
          BigDecimal.valueOf(estimateSeconds)
              .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
              .multiply(rate);
    }
    budget =
        budget
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
            .multiply(BigDecimal.valueOf(100))
            .max(BigDecimal.valueOf(1000))
            .setScale(2);
    // A third were re-planned: today's plan ends later than their baseline.
    LocalDate end =
        random.nextInt(3) == 0 ? baselineEnd.plusDays(45 + random.nextInt(60)) : baselineEnd;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO project_profile (project_id, sponsor_key, manager_key, budget, currency,"
                + " start_date, end_date, phase, baseline_start, baseline_end, version) VALUES (?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      ps.setLong(1, plan.id());
      ps.setString(2, DemoAccounts.PMO);
      ps.setString(3, plan.program().equals("Mobile") ? DemoAccounts.MANAGER : plan.lead());
      Sql.decimal(ps, 4, budget);
      ps.setString(5, currency);
      Sql.date(ps, 6, start);
      Sql.date(ps, 7, end);
      ps.setString(8, "EXECUTING");
      Sql.date(ps, 9, start);
      Sql.date(ps, 10, baselineEnd);
      ps.executeUpdate();
    }
  }

  private static void rates(Connection c, List<String> people) throws SQLException {
    LocalDate from = LocalDate.of(2000, 1, 1);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cost_rate (currency, subject_kind, subject, effective_from, hourly)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, BigDecimal> e : DEFAULT_RATE.entrySet()) {
        rate(ps, e.getKey(), "DEFAULT", null, from, e.getValue());
        rate(ps, e.getKey(), "ROLE", "Developer", from, e.getValue().add(BigDecimal.TEN));
        rate(ps, e.getKey(), "ROLE", "Analyst", from, e.getValue().subtract(BigDecimal.TEN));
        rate(ps, e.getKey(), "USER", people.get(0), from, e.getValue().add(BigDecimal.valueOf(40)));
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO person_role (user_key, role) VALUES (?, ?)")) {
      for (int i = 0; i < people.size(); i++) {
        ps.setString(1, people.get(i));
        ps.setString(2, ROLES[i % ROLES.length]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void rate(
      PreparedStatement ps,
      String currency,
      String kind,
      String subject,
      LocalDate from,
      BigDecimal hourly)
      throws SQLException {
    ps.setString(1, currency);
    ps.setString(2, kind);
    Sql.string(ps, 3, subject);
    Sql.date(ps, 4, from);
    ps.setBigDecimal(5, hourly);
    ps.addBatch();
  }

  private static void objectives(Connection c, LocalDate today) throws SQLException {
    Object[][] objectives = {
      {"DIG-1", "DIGITAL", "Grow mobile revenue", "Mobile revenue share %", "35", "3"},
      {"DIG-2", "DIGITAL", "Cut time to market", "Lead time (days)", "20", "2"},
      {"DIG-3", "DIGITAL", "Data-driven decisions", "Decisions with data %", "80", "1"},
      {"OPS-1", "OPERATIONS", "Reduce operating cost", "Cost per order", "4.50", "3"},
      {"OPS-2", "OPERATIONS", "Better employee experience", "eNPS", "30", "1"},
    };
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO strategic_objective (id, portfolio_key, name, owner_key, horizon, weight,"
                + " kpi, kpi_target, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      for (Object[] o : objectives) {
        ps.setString(1, (String) o[0]);
        ps.setString(2, (String) o[1]);
        ps.setString(3, (String) o[2]);
        ps.setString(4, DemoAccounts.PMO);
        Sql.date(ps, 5, today.plusDays(365));
        ps.setBigDecimal(6, new BigDecimal((String) o[5]));
        ps.setString(7, (String) o[3]);
        ps.setBigDecimal(8, new BigDecimal((String) o[4]));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    // DIG-3 is served by no project; WEBE and FINE serve none.
    String[][] links = {
      {"MOBA", "DIG-1", "100"},
      {"MOBB", "DIG-1", "60"},
      {"MOBB", "DIG-2", "40"},
      {"MOBC", "DIG-1", "50"},
      {"MOBD", "DIG-2", "100"},
      {"MOBE", "DIG-2", "100"},
      {"WEBA", "DIG-2", "100"},
      {"WEBB", "DIG-1", "30"},
      {"WEBC", "DIG-2", "70"},
      {"WEBD", "DIG-2", "50"},
      {"DATA", "DIG-2", "20"},
      {"DATB", "DIG-2", "25"},
      {"SUPA", "OPS-1", "100"},
      {"SUPB", "OPS-1", "80"},
      {"SUPC", "OPS-1", "100"},
      {"FINA", "OPS-1", "100"},
      {"FINB", "OPS-1", "50"},
      {"HRSA", "OPS-2", "100"},
      {"HRSB", "OPS-2", "100"},
      {"HRSC", "OPS-2", "60"},
    };
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO objective_link (project_key, objective_id, share_percent) VALUES (?, ?,"
                + " ?)")) {
      for (String[] l : links) {
        ps.setString(1, l[0]);
        ps.setString(2, l[1]);
        ps.setBigDecimal(3, new BigDecimal(l[2]));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
