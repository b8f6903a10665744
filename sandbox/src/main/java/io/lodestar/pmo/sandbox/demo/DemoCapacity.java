package io.lodestar.pmo.sandbox.demo;

import io.lodestar.pmo.app.capacity.CapacityViews;
import io.lodestar.pmo.engine.capacity.RuleBasedHolidays;
import io.lodestar.pmo.engine.capacity.RuleBasedHolidays.EasterRelative;
import io.lodestar.pmo.engine.capacity.RuleBasedHolidays.Fixed;
import io.lodestar.pmo.engine.capacity.RuleBasedHolidays.Rule;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's capacity data (issue 10): every demo person and account gets a working-hours plan
 * (most 8 h Monday to Friday, some part-time), a location with public holidays (Berlin, London,
 * from the engine's {@link RuleBasedHolidays}, written out for last year to two years ahead),
 * absences, two teams and explicit allocations; and one over-allocated week that the browser test
 * and a resource manager find: {@link #OVERLOADED} has three issues of 16 h each in the week {@link
 * #OVERLOADED_WEEK} weeks after this one (48 h of 40 h; no generated issue is due that late), in a
 * Mobile project so that the demo's manager may save a re-assignment.
 */
public final class DemoCapacity {

  /** The over-allocated person. */
  public static final String OVERLOADED = "person01";

  /** Who has a vacation {@link #VACATION_WEEK} weeks after this one (a note with it). */
  public static final String ON_VACATION = "person02";

  /** Weeks from this week's Monday to the over-allocated week. */
  public static final int OVERLOADED_WEEK = 6;

  /** Weeks from this week's Monday to {@link #ON_VACATION}'s vacation. */
  public static final int VACATION_WEEK = 1;

  /** The team the demo's manager leads (its key sorts first: the Resources page opens it). */
  public static final String TEAM = "MOBCORE";

  /** The vacation's note, personal data the member must not see. */
  public static final String VACATION_NOTE = "Family trip";

  private static final int DAY = 8 * 3600;

  private DemoCapacity() {}

  /** Writes the capacity demo into a store whose demo portfolio was just generated. */
  public static void generate(SandboxStore store, LocalDate today) {
    store.inTransaction(
        c -> {
          write(c, today);
          return null;
        });
  }

  private static void write(Connection c, LocalDate today) throws SQLException {
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    exec(
        c,
        "INSERT INTO user_group (group_name) VALUES (?)",
        CapacityViews.DEFAULT_RESOURCE_MANAGER_GROUP);
    exec(
        c,
        "INSERT INTO group_membership VALUES (?, ?)",
        CapacityViews.DEFAULT_RESOURCE_MANAGER_GROUP,
        DemoAccounts.MANAGER);
    holidays(c, "berlin", "Berlin", berlin(), today);
    holidays(c, "london", "London", london(), today);
    List<String> people = new ArrayList<>();
    for (int i = 1; i <= DemoData.PEOPLE; i++) {
      people.add(String.format("person%02d", i));
    }
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      people.add(a.username());
    }
    for (int i = 0; i < people.size(); i++) {
      String key = people.get(i);
      // The over-allocated person and the vacationer work where no holiday falls in the weeks the
      // browser test reads, whatever today is.
      String location =
          key.equals(OVERLOADED) || key.equals(ON_VACATION)
              ? null
              : i % 2 == 0 ? "berlin" : "london";
      boolean partTime = i % 10 == 4;
      exec(
          c,
          "INSERT INTO cap_person (person_key, location_key, seconds_mon, seconds_tue, seconds_wed,"
              + " seconds_thu, seconds_fri, seconds_sat, seconds_sun, joined_on, left_on,"
              + " role_name) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)",
          key,
          location,
          DAY,
          DAY,
          DAY,
          DAY,
          partTime ? 0 : DAY,
          i == 20 ? monday.plusWeeks(3) : null,
          i == 21 ? monday.plusWeeks(10).minusDays(3) : null,
          i % 3 == 0 ? "Java developer" : i % 3 == 1 ? "Tester" : "Analyst");
    }
    // Availability: person07 is half-time on another engagement from two weeks on.
    exec(c, "INSERT INTO cap_availability VALUES (?, ?, 50)", "person07", monday.plusWeeks(2));
    // Absences.
    absence(
        c,
        ON_VACATION,
        monday.plusWeeks(VACATION_WEEK),
        monday.plusWeeks(VACATION_WEEK).plusDays(4),
        "VACATION",
        null,
        VACATION_NOTE);
    absence(c, "person03", today, today.plusDays(1), "SICK", null, "");
    absence(
        c,
        "person04",
        monday.plusWeeks(2).plusDays(1),
        monday.plusWeeks(2).plusDays(3),
        "TRAINING",
        4 * 3600,
        "AWS course");
    absence(
        c, "person09", monday.plusWeeks(3), monday.plusWeeks(4).plusDays(4), "VACATION", null, "");
    // Teams: the manager leads Mobile core (with the demo member in it), the PMO account Web.
    team(c, TEAM, "Mobile core", DemoAccounts.MANAGER);
    for (int i = 1; i <= 8; i++) {
      member(c, TEAM, String.format("person%02d", i), 100);
    }
    member(c, TEAM, DemoAccounts.MEMBER, 100);
    team(c, "WEBPLAT", "Web platform", DemoAccounts.PMO);
    for (int i = 9; i <= 16; i++) {
      member(c, "WEBPLAT", String.format("person%02d", i), i % 2 == 0 ? 50 : 100);
    }
    String mobile = firstProject(c, "MOB");
    String web = firstProject(c, "WEB");
    // Explicit allocations: person05 half-time on the Mobile project, the Web team 20 % on Web,
    // and a placeholder-free hours allocation for person06.
    allocation(c, "person05", false, mobile, monday, monday.plusWeeks(8).minusDays(1), 50, null);
    allocation(c, "WEBPLAT", true, web, monday.plusWeeks(1), monday.plusWeeks(9), 20, null);
    allocation(
        c,
        "person06",
        false,
        mobile,
        monday.plusWeeks(4),
        monday.plusWeeks(5).minusDays(3),
        null,
        30L * 3600);
    // The over-allocated week: three open tasks of the Mobile project, 16 h each, in one week.
    LocalDate start = monday.plusWeeks(OVERLOADED_WEEK);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.id FROM issue i JOIN project p ON p.id = i.project_id WHERE p.project_key = ?"
                + " AND i.status_category <> 'done' AND i.issue_type_id IN (?, ?) ORDER BY i.id"
                + " FETCH FIRST 3 ROWS ONLY")) {
      ps.setString(1, mobile);
      ps.setString(2, DemoFields.TASK);
      ps.setString(3, DemoFields.STORY);
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      for (long id : ids) {
        try (PreparedStatement u =
            c.prepareStatement(
                "UPDATE issue SET assignee_key = ?, start_date = ?, due_date = ?,"
                    + " remaining_estimate_seconds = ?, original_estimate_seconds ="
                    + " GREATEST(COALESCE(original_estimate_seconds, 0), ?) WHERE id = ?")) {
          u.setString(1, OVERLOADED);
          Sql.date(u, 2, start);
          Sql.date(u, 3, start.plusDays(4));
          u.setLong(4, 16L * 3600);
          u.setLong(5, 16L * 3600);
          u.setLong(6, id);
          u.executeUpdate();
        }
      }
    }
  }

  private static List<Rule> berlin() {
    return List.of(
        new Fixed(MonthDay.of(1, 1), "Neujahr"),
        new EasterRelative(-2, "Karfreitag"),
        new EasterRelative(1, "Ostermontag"),
        new Fixed(MonthDay.of(5, 1), "Tag der Arbeit"),
        new EasterRelative(39, "Christi Himmelfahrt"),
        new EasterRelative(50, "Pfingstmontag"),
        new Fixed(MonthDay.of(10, 3), "Tag der Deutschen Einheit"),
        new Fixed(MonthDay.of(12, 25), "1. Weihnachtstag"),
        new Fixed(MonthDay.of(12, 26), "2. Weihnachtstag"));
  }

  private static List<Rule> london() {
    return List.of(
        new Fixed(MonthDay.of(1, 1), "New Year's Day"),
        new EasterRelative(-2, "Good Friday"),
        new EasterRelative(1, "Easter Monday"),
        new Fixed(MonthDay.of(12, 25), "Christmas Day"),
        new Fixed(MonthDay.of(12, 26), "Boxing Day"));
  }

  private static void holidays(
      Connection c, String key, String name, List<Rule> rules, LocalDate today)
      throws SQLException {
    exec(c, "INSERT INTO cap_location VALUES (?, ?)", key, name);
    RuleBasedHolidays calendar = new RuleBasedHolidays(key, rules);
    for (int year = today.getYear() - 1; year <= today.getYear() + 2; year++) {
      for (Rule r : calendar.rules()) {
        exec(c, "INSERT INTO cap_holiday VALUES (?, ?, ?)", key, r.in(year), r.name());
      }
    }
  }

  private static void absence(
      Connection c,
      String person,
      LocalDate first,
      LocalDate last,
      String kind,
      Integer secondsPerDay,
      String note)
      throws SQLException {
    exec(
        c,
        "INSERT INTO cap_absence (person_key, first_day, last_day, kind, seconds_per_day, note,"
            + " version) VALUES (?, ?, ?, ?, ?, ?, 1)",
        person,
        first,
        last,
        kind,
        secondsPerDay,
        note);
  }

  private static void team(Connection c, String key, String name, String lead) throws SQLException {
    exec(c, "INSERT INTO cap_team VALUES (?, ?, ?)", key, name, lead);
  }

  private static void member(Connection c, String team, String person, int percent)
      throws SQLException {
    exec(c, "INSERT INTO cap_team_member VALUES (?, ?, ?)", team, person, percent);
  }

  private static void allocation(
      Connection c,
      String holder,
      boolean team,
      String project,
      LocalDate first,
      LocalDate last,
      Integer percent,
      Long seconds)
      throws SQLException {
    exec(
        c,
        "INSERT INTO cap_allocation (holder_key, holder_team, project_key, first_day, last_day,"
            + " percent, total_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
        holder,
        team,
        project,
        first,
        last,
        percent,
        seconds);
  }

  private static void exec(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private static String firstProject(Connection c, String prefix) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT project_key FROM project WHERE project_key LIKE ? ORDER BY project_key"
                + " FETCH FIRST 1 ROWS ONLY")) {
      ps.setString(1, prefix + "%");
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("the demo has no project " + prefix + "*");
        }
        return rs.getString(1);
      }
    }
  }
}
