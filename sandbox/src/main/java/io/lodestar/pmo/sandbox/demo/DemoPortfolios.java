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
                profile(c, plan, projectCurrency, today, random);
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
      LocalDate today,
      SplittableRandom random)
      throws SQLException {
    long estimateSeconds;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COALESCE(SUM(original_estimate_seconds), 0) FROM issue WHERE project_id = ?")) {
      ps.setLong(1, plan.id());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        estimateSeconds = rs.getLong(1);
      }
    }
    // Budget: the estimates at the default rate, 80 % to 130 % of it (some projects underfunded).
    BigDecimal hours = BigDecimal.valueOf(estimateSeconds).divide(BigDecimal.valueOf(3600));
    BigDecimal factor = BigDecimal.valueOf(80 + random.nextInt(51)).movePointLeft(2);
    BigDecimal budget =
        hours
            .multiply(DEFAULT_RATE.get(currency))
            .multiply(factor)
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
            .multiply(BigDecimal.valueOf(100))
            .max(BigDecimal.valueOf(1000))
            .setScale(2);
    LocalDate start = today.minusDays(330 - random.nextInt(60));
    LocalDate end = today.plusDays(120 + random.nextInt(420));
    // A third were re-planned: their baseline ended earlier than today's plan.
    LocalDate baselineEnd = random.nextInt(3) == 0 ? end.minusDays(45 + random.nextInt(60)) : end;
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
