package io.lodestar.pmo.sandbox.demo;

import static io.lodestar.pmo.sandbox.demo.DemoFields.*;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupService;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.sandbox.risk.SqlRiskProjectSettingsStore;
import io.lodestar.pmo.sandbox.risk.SqlScoringModelStore;
import io.lodestar.pmo.sandbox.shared.host.PasswordHasher;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import io.lodestar.pmo.sandbox.shared.host.SqlSettingRows;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import io.lodestar.pmo.sandbox.shared.store.StoreException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates the deterministic demo portfolio: 3 portfolios, 8 programs, 40 projects, 60 people plus
 * the demo accounts ({@link DemoAccounts}), and {@code issues} issues (Epic, Story, Task, Bug,
 * Sub-task, Risk) with statuses, points, estimates, worklogs, epics, parents, links and mapped risk
 * fields; then the PMBOK scoring model, the risk settings (default and per project) and the PMO
 * admin group. The same seed and anchor date give the same data, row for row.
 *
 * <p>Scale: issues are generated and inserted as a stream, project by project, in JDBC batches
 * committed every {@value #BATCH} issues (generation fills an empty store, so it need not be one
 * transaction; a failure leaves a partial demo to delete with the data directory); memory stays
 * bounded (a few keys per project are remembered) however many issues are asked for ({@code
 * 1_000_000} works).
 */
public final class DemoData {

  /** The seed the sandbox uses unless told otherwise. */
  public static final long DEFAULT_SEED = 20_240_601L;

  /** Issues generated unless told otherwise. */
  public static final int DEFAULT_ISSUES = 20_000;

  /** Number of generated people (not counting the demo accounts). */
  public static final int PEOPLE = 60;

  /** Group every person and most demo accounts are in; it may browse every project. */
  public static final String STAFF_GROUP = "staff";

  /** The PMO admin group. */
  public static final String PMO_GROUP = "lodestar-pmo";

  /** First issue id; Jira-like ids. */
  static final long FIRST_ISSUE_ID = 10_000L;

  private static final int BATCH = 1000;

  /** Portfolio → programs → project key prefix. */
  private static final String[][] PROGRAMS = {
    {"Digital", "Mobile", "MOB"},
    {"Digital", "Web", "WEB"},
    {"Digital", "Data platform", "DAT"},
    {"Operations", "Supply chain", "SUP"},
    {"Operations", "Finance systems", "FIN"},
    {"Operations", "People systems", "HRS"},
    {"Infrastructure", "Cloud migration", "CLD"},
    {"Infrastructure", "Security", "SEC"},
  };

  private static final int PROJECTS_PER_PROGRAM = 5;

  private static final String[] FIRST_NAMES = {
    "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kiri", "Liam"
  };
  private static final String[] LAST_NAMES = {"Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva"};

  private static final String[] VERBS = {
    "Build", "Migrate", "Refactor", "Design", "Test", "Document", "Automate", "Review", "Deploy"
  };
  private static final String[] NOUNS = {
    "checkout flow", "login service", "reporting API", "data pipeline", "search index",
    "billing module", "audit trail", "mobile cache", "access policy", "backup job"
  };
  private static final String[] RISKS = {
    "Key supplier may miss delivery",
    "Cloud costs may exceed budget",
    "Regulation may change scope",
    "Specialist may leave the team",
    "Legacy data may be corrupt",
    "Vendor API may be withdrawn",
    "Security audit may fail",
    "Performance may not meet SLA"
  };

  private DemoData() {}

  /**
   * What was generated.
   *
   * @param projects projects created
   * @param people people and demo accounts created
   * @param issues issues created
   * @param risks of which risk issues
   * @param worklogs worklogs created
   * @param links issue links created
   */
  public record Summary(
      int projects, int people, long issues, long risks, long worklogs, long links) {}

  /**
   * Fills an empty store with the demo portfolio, anchored at today's date (UTC).
   *
   * @see #generate(SandboxStore, int, long, LocalDate)
   */
  public static Summary generate(SandboxStore store, int issues, long seed) {
    return generate(store, issues, seed, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * Fills an empty store with the demo portfolio.
   *
   * @param store an empty store (no projects)
   * @param issues number of issues, at least 40 (one epic per project at least)
   * @param seed PRNG seed
   * @param today the anchor date: created dates lie in the year before it, review dates around it
   *     (about a third of open risks overdue)
   * @throws IllegalStateException when the store already holds projects
   */
  public static Summary generate(SandboxStore store, int issues, long seed, LocalDate today) {
    return generate(store, issues, seed, today, 0);
  }

  /**
   * Fills an empty store with the demo portfolio whose first project gets {@code largeProjectRisks}
   * risk issues more (after its share of {@code issues}): a register of that size for load tests.
   * The portfolio then holds {@code issues + largeProjectRisks} issues.
   *
   * @see #generate(SandboxStore, int, long, LocalDate)
   */
  public static Summary generate(
      SandboxStore store, int issues, long seed, LocalDate today, int largeProjectRisks) {
    if (largeProjectRisks < 0) {
      throw new IllegalArgumentException("largeProjectRisks must be >= 0: " + largeProjectRisks);
    }
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(today, "today");
    int projectCount = PROGRAMS.length * PROJECTS_PER_PROGRAM;
    if (issues < projectCount) {
      throw new IllegalArgumentException("at least " + projectCount + " issues, got " + issues);
    }
    if (store.inTransaction(DemoData::hasProjects)) {
      throw new IllegalStateException(
          "the store already holds projects: demo data goes into an empty data directory");
    }
    SplittableRandom random = new SplittableRandom(seed);
    Generator generator = new Generator(store, random, today);
    // Few transactions: each H2 commit waits for the store's writer, so small ones add up.
    int people = store.inTransaction(c -> generator.people());
    List<ProjectPlan> plans = new ArrayList<>(generator.projects(issues));
    if (largeProjectRisks > 0) {
      ProjectPlan first = plans.get(0);
      plans.set(
          0,
          new ProjectPlan(
              first.id(),
              first.key(),
              first.name(),
              first.portfolio(),
              first.program(),
              first.lead(),
              first.issues() + largeProjectRisks,
              largeProjectRisks));
    }
    long[] totals = new long[4];
    long nextId = FIRST_ISSUE_ID;
    for (ProjectPlan plan : plans) {
      long first = nextId;
      long[] counts = store.inTransaction(c -> generator.issues(c, plan, first));
      nextId += plan.issues();
      for (int i = 0; i < totals.length; i++) {
        totals[i] += counts[i];
      }
    }
    store.inTransaction(
        c -> {
          generator.configuration(plans);
          return null;
        });
    // Generated history: a year of weekly snapshots from the profiles just written.
    DemoSnapshots.generate(store, today, seed);
    // Stage gates (issue 9): the lifecycle, approvers and projects in different phases.
    io.lodestar.pmo.sandbox.standardization.gate.DemoStageGates.generate(store, today);
    // Capacity plans, teams, absences and an over-allocated week (issue 10).
    DemoCapacity.generate(store, today);
    // Training (issue 10): skills, certificates (some expiring before due dates), courses.
    io.lodestar.pmo.sandbox.training.DemoTraining.generate(store, generator.people, today, seed);
    // Standardization (issue 9): host configuration, two templates, two kept scans.
    DemoStandardization.generate(store, plans.stream().map(ProjectPlan::key).toList(), today);
    return new Summary(plans.size(), people, totals[0], totals[1], totals[2], totals[3]);
  }

  /**
   * Fills an empty store with what a start without the demo portfolio needs ({@code --no-demo}):
   * the demo accounts and their groups, the PMBOK scoring model and the PMO admin group; no
   * project, issue or field, and no risk settings (the PMO maps the imported fields first).
   *
   * @throws IllegalStateException when the store already holds projects
   */
  public static void accountsOnly(SandboxStore store) {
    Objects.requireNonNull(store, "store");
    if (store.inTransaction(DemoData::hasProjects)) {
      throw new IllegalStateException("the store already holds projects");
    }
    SandboxUsers users = new SandboxUsers(store, new PasswordHasher());
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      users.save(
          new HostUser(
              a.username(), a.username(), a.displayName(), a.username() + "@lodestar.example"),
          DemoAccounts.PASSWORD,
          a.hostAdmin());
    }
    store.inTransaction(
        c -> {
          for (String group : List.of(STAFF_GROUP, PMO_GROUP, "jira-administrators")) {
            Generator.exec(c, "INSERT INTO user_group (group_name) VALUES (?)", group);
          }
          for (DemoAccounts.Account a : DemoAccounts.ALL) {
            for (String group : a.groups()) {
              Generator.exec(c, "INSERT INTO group_membership VALUES (?, ?)", group, a.username());
            }
          }
          return null;
        });
    new SqlScoringModelStore(store).create(FormulaModel.pmbokDefault());
    new PmoAdminGroupService(new SqlSettingRows(store), new SqlAuditLog(store), Clock.systemUTC())
        .update(PMO_GROUP, Versioned.NEW, DemoAccounts.ADMIN);
  }

  private static boolean hasProjects(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM project")) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }

  record ProjectPlan(
      long id,
      String key,
      String name,
      String portfolio,
      String program,
      String lead,
      int issues,
      int forcedRisks) {}

  /** The generation state; one per call. */
  private static final class Generator {
    private final SandboxStore store;
    private final SplittableRandom random;
    private final LocalDate today;
    private final Instant start;
    private final List<String> people = new ArrayList<>();

    Generator(SandboxStore store, SplittableRandom random, LocalDate today) {
      this.store = store;
      this.random = random;
      this.today = today;
      this.start = today.minusDays(365).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    int people() {
      // Hashing is the slow part of account creation, so people get no password: only the demo
      // accounts can log in. Salts are random, so password hashes are the one non-repeatable part.
      SandboxUsers users = new SandboxUsers(store, new PasswordHasher());
      for (int i = 1; i <= PEOPLE; i++) {
        String key = String.format("person%02d", i);
        String name =
            FIRST_NAMES[(i - 1) % FIRST_NAMES.length]
                + " "
                + LAST_NAMES[(i - 1) / FIRST_NAMES.length % LAST_NAMES.length];
        users.save(new HostUser(key, key, name, key + "@lodestar.example"), null, false);
        people.add(key);
      }
      for (DemoAccounts.Account a : DemoAccounts.ALL) {
        users.save(
            new HostUser(
                a.username(), a.username(), a.displayName(), a.username() + "@lodestar.example"),
            DemoAccounts.PASSWORD,
            a.hostAdmin());
      }
      store.inTransaction(
          c -> {
            for (String group : List.of(STAFF_GROUP, PMO_GROUP, "jira-administrators")) {
              exec(c, "INSERT INTO user_group (group_name) VALUES (?)", group);
            }
            for (String person : people) {
              exec(c, "INSERT INTO group_membership VALUES (?, ?)", STAFF_GROUP, person);
            }
            for (DemoAccounts.Account a : DemoAccounts.ALL) {
              for (String group : a.groups()) {
                exec(c, "INSERT INTO group_membership VALUES (?, ?)", group, a.username());
              }
            }
            return null;
          });
      return PEOPLE + DemoAccounts.ALL.size();
    }

    List<ProjectPlan> projects(int issues) {
      int n = PROGRAMS.length * PROJECTS_PER_PROGRAM;
      int[] weights = new int[n];
      int sum = 0;
      for (int i = 0; i < n; i++) {
        weights[i] = 1 + random.nextInt(4);
        sum += weights[i];
      }
      List<ProjectPlan> plans = new ArrayList<>();
      int assigned = 0;
      int[] counts = new int[n];
      for (int i = 0; i < n; i++) {
        counts[i] = Math.max(1, (int) ((long) issues * weights[i] / sum));
        assigned += counts[i];
      }
      for (int i = 0; assigned < issues; i = (i + 1) % n) {
        counts[i]++;
        assigned++;
      }
      for (int i = 0; assigned > issues; i = (i + 1) % n) {
        if (counts[i] > 1) {
          counts[i]--;
          assigned--;
        }
      }
      for (int i = 0; i < n; i++) {
        String[] program = PROGRAMS[i / PROJECTS_PER_PROGRAM];
        char letter = (char) ('A' + i % PROJECTS_PER_PROGRAM);
        plans.add(
            new ProjectPlan(
                10_000L + i,
                program[2] + letter,
                program[1] + " " + letter,
                program[0],
                program[1],
                people.get(random.nextInt(people.size())),
                counts[i],
                0));
      }
      store.inTransaction(
          c -> {
            issueTypes(c);
            customFields(c);
            for (ProjectPlan p : plans) {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO project (id, project_key, name, category, portfolio, program,"
                          + " lead_key) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, p.id());
                ps.setString(2, p.key());
                ps.setString(3, p.name());
                ps.setString(4, p.portfolio());
                ps.setString(5, p.portfolio());
                ps.setString(6, p.program());
                ps.setString(7, p.lead());
                ps.executeUpdate();
              }
              grant(c, p.id(), "BROWSE", "GROUP", STAFF_GROUP);
              grant(c, p.id(), "ADMINISTER", "USER", p.lead());
              for (DemoAccounts.Account a : DemoAccounts.ALL) {
                if (a.browsesProgram(p.program())) {
                  grant(c, p.id(), "BROWSE", "USER", a.username());
                }
                if (a.administersProgram(p.program())) {
                  grant(c, p.id(), "ADMINISTER", "USER", a.username());
                }
              }
              if (p.key().equals(DemoAccounts.PUBLIC_PROJECT)) {
                grant(c, p.id(), "BROWSE", "ANYONE", null);
              }
            }
            return null;
          });
      return plans;
    }

    /** Inserts one project's issues; returns {issues, risks, worklogs, links}. */
    long[] issues(Connection c, ProjectPlan plan, long firstId) throws SQLException {
      long[] counts = new long[4];
      try (PreparedStatement issue =
              c.prepareStatement(
                  "INSERT INTO issue (id, issue_key, issue_number, project_id, issue_type_id,"
                      + " status_name, status_category, summary, priority, resolution,"
                      + " assignee_key, reporter_key, story_points, original_estimate_seconds,"
                      + " remaining_estimate_seconds, time_spent_seconds, start_date, due_date,"
                      + " created, updated, resolution_date, parent_key, epic_key, sprint, labels)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?, ?, ?, ?)");
          PreparedStatement value =
              c.prepareStatement(
                  "INSERT INTO issue_field_value (issue_id, field_id, text_value, number_value,"
                      + " date_value, option_position) VALUES (?, ?, ?, ?, ?, ?)");
          PreparedStatement link =
              c.prepareStatement(
                  "INSERT INTO issue_link (link_type, source_key, destination_key) VALUES (?, ?,"
                      + " ?)");
          PreparedStatement worklog =
              c.prepareStatement(
                  "INSERT INTO worklog (id, issue_id, author_key, started, time_spent_seconds,"
                      + " comment_text) VALUES (?, ?, ?, ?, ?, ?)")) {
        String[] epics = new String[16];
        int epicCount = 0;
        String lastParent = null;
        int pending = 0;
        boolean hasRisk = false;
        for (int n = 1; n <= plan.issues(); n++) {
          long id = firstId + n - 1;
          String key = plan.key() + "-" + n;
          String type = n == 1 ? EPIC : n > plan.issues() - plan.forcedRisks() ? RISK : type();
          if (type.equals(SUBTASK) && lastParent == null) {
            type = TASK;
          }
          if (n == plan.issues() && !hasRisk) {
            // Every project gets a risk at any size: a register with nothing in it shows nothing.
            type = RISK;
          }
          hasRisk |= type.equals(RISK);
          int statusRoll = random.nextInt(100);
          String category = statusRoll < 35 ? "done" : statusRoll < 65 ? "indeterminate" : "new";
          String status =
              switch (category) {
                case "done" -> "Done";
                case "indeterminate" -> random.nextBoolean() ? "In Progress" : "In Review";
                default -> "To Do";
              };
          Instant created = start.plusSeconds(random.nextLong(300L * 86_400));
          Instant updated = created.plusSeconds(random.nextLong(30L * 86_400));
          LocalDate startDate = created.atOffset(ZoneOffset.UTC).toLocalDate();
          LocalDate due = startDate.plusDays(7 + random.nextInt(90));
          String assignee =
              category.equals("new") && random.nextInt(4) == 0
                  ? null
                  : people.get(random.nextInt(people.size()));
          String reporter = people.get(random.nextInt(people.size()));
          BigDecimal points = null;
          Long original = null;
          if (type.equals(STORY)) {
            int[] fib = {1, 2, 3, 5, 8, 13};
            points = BigDecimal.valueOf(fib[random.nextInt(fib.length)]);
          }
          if (!type.equals(EPIC) && !type.equals(RISK)) {
            original = 3600L * (1 + random.nextInt(40));
          }
          long spent = 0;
          int logs = original == null || category.equals("new") ? 0 : 1 + random.nextInt(3);
          for (int w = 0; w < logs; w++) {
            long seconds = 1800L * (1 + random.nextInt(8));
            spent += seconds;
            worklog.setLong(1, id * 4 + w);
            worklog.setLong(2, id);
            worklog.setString(3, assignee == null ? reporter : assignee);
            Sql.instant(worklog, 4, created.plusSeconds(3600L * (w + 1) * 24));
            worklog.setLong(5, seconds);
            worklog.setString(6, "Worked on " + key);
            worklog.addBatch();
            counts[2]++;
          }
          Long remaining =
              original == null
                  ? null
                  : category.equals("done") ? 0L : Math.max(0, original - spent);
          String parent = type.equals(SUBTASK) ? lastParent : null;
          String epic =
              !type.equals(EPIC) && !type.equals(SUBTASK) && epicCount > 0 && random.nextInt(10) < 8
                  ? epics[random.nextInt(Math.min(epicCount, epics.length))]
                  : null;
          String sprint =
              (type.equals(STORY) || type.equals(TASK)) && !category.equals("new")
                  ? "Sprint " + (1 + random.nextInt(20))
                  : null;
          String summary =
              type.equals(RISK)
                  ? RISKS[random.nextInt(RISKS.length)]
                  : VERBS[random.nextInt(VERBS.length)] + " " + NOUNS[random.nextInt(NOUNS.length)];
          int i = 1;
          issue.setLong(i++, id);
          issue.setString(i++, key);
          issue.setLong(i++, n);
          issue.setLong(i++, plan.id());
          issue.setString(i++, type);
          issue.setString(i++, status);
          issue.setString(i++, category);
          issue.setString(i++, summary);
          issue.setString(i++, random.nextInt(5) == 0 ? "High" : "Medium");
          Sql.string(issue, i++, category.equals("done") ? "Done" : null);
          Sql.string(issue, i++, assignee);
          issue.setString(i++, reporter);
          Sql.decimal(issue, i++, points);
          Sql.longValue(issue, i++, original);
          Sql.longValue(issue, i++, remaining);
          Sql.longValue(issue, i++, original == null ? null : spent);
          Sql.date(issue, i++, startDate);
          Sql.date(issue, i++, due);
          Sql.instant(issue, i++, created);
          Sql.instant(issue, i++, updated);
          Sql.instant(issue, i++, category.equals("done") ? updated : null);
          Sql.string(issue, i++, parent);
          Sql.string(issue, i++, epic);
          Sql.string(issue, i++, sprint);
          Sql.string(issue, i, random.nextInt(3) == 0 ? "demo" : null);
          issue.addBatch();
          counts[0]++;
          if (type.equals(RISK)) {
            counts[1]++;
            riskValues(value, id, category);
            int mitigations = n > 2 ? random.nextInt(4) : 0;
            java.util.Set<Integer> targets = new java.util.TreeSet<>();
            for (int m = 0; m < mitigations; m++) {
              // an earlier issue of the project; a few may be risks or epics (the source filters)
              targets.add(1 + random.nextInt(n - 1));
            }
            for (int target : targets) {
              counts[3] += addLink(link, MITIGATES, key, plan.key() + "-" + target);
            }
          } else if (n > 1 && random.nextInt(10) == 0) {
            String target = plan.key() + "-" + (1 + random.nextInt(n - 1));
            counts[3] += addLink(link, type.equals(BUG) ? "Blocks" : "Relates", key, target);
          }
          if (type.equals(EPIC)) {
            epics[epicCount % epics.length] = key;
            epicCount++;
          } else if (type.equals(STORY) || type.equals(TASK) || type.equals(BUG)) {
            lastParent = key;
          }
          if (++pending >= BATCH) {
            flush(issue, value, link, worklog);
            // Generation into an empty store need not be atomic; H2 commits small transactions
            // much faster than one with a huge undo log.
            c.commit();
            pending = 0;
          }
        }
        flush(issue, value, link, worklog);
      }
      return counts;
    }

    private int addLink(PreparedStatement link, String type, String source, String target)
        throws SQLException {
      if (source.equals(target)) {
        return 0;
      }
      link.setString(1, type);
      link.setString(2, source);
      link.setString(3, target);
      link.addBatch();
      return 1;
    }

    private String type() {
      int roll = random.nextInt(100);
      if (roll < 3) {
        return EPIC;
      } else if (roll < 43) {
        return STORY;
      } else if (roll < 63) {
        return TASK;
      } else if (roll < 78) {
        return BUG;
      } else if (roll < 94) {
        return SUBTASK;
      }
      return RISK;
    }

    private void riskValues(PreparedStatement v, long issueId, String category)
        throws SQLException {
      int p = 1 + random.nextInt(5);
      option(v, issueId, PROBABILITY, p);
      int cost = 1 + random.nextInt(5);
      int schedule = 1 + random.nextInt(5);
      option(v, issueId, IMPACT_COST, cost);
      option(v, issueId, IMPACT_SCHEDULE, schedule);
      if (random.nextBoolean()) {
        option(v, issueId, IMPACT_SCOPE, 1 + random.nextInt(5));
      }
      if (random.nextBoolean()) {
        option(v, issueId, IMPACT_QUALITY, 1 + random.nextInt(5));
      }
      if (!category.equals("new")) {
        option(v, issueId, RESIDUAL_PROBABILITY, 1 + random.nextInt(p));
        option(v, issueId, RESIDUAL_IMPACT_COST, 1 + random.nextInt(cost));
        option(v, issueId, RESIDUAL_IMPACT_SCHEDULE, 1 + random.nextInt(schedule));
      }
      if (random.nextInt(10) > 0) {
        row(v, issueId, OWNER, people.get(random.nextInt(people.size())), null, null, null);
      }
      LocalDate review = today.plusDays(-45 + random.nextInt(106));
      row(v, issueId, REVIEW_DATE, null, null, review, null);
      row(
          v,
          issueId,
          CATEGORY,
          CATEGORIES.get(random.nextInt(CATEGORIES.size())),
          null,
          null,
          null);
      int response = random.nextInt(RESPONSES.size());
      v.setLong(1, issueId);
      v.setString(2, RESPONSE);
      v.setString(3, RESPONSES.get(response));
      Sql.decimal(v, 4, null);
      Sql.date(v, 5, null);
      v.setInt(6, response + 1);
      v.addBatch();
      if (random.nextInt(4) > 0) {
        long likely = 5_000L * (2 + random.nextInt(40));
        number(v, issueId, COST_MIN, likely / 2);
        number(v, issueId, COST_MOST_LIKELY, likely);
        number(v, issueId, COST_MAX, likely * (3 + random.nextInt(4)) / 2);
        long days = 2 + random.nextInt(30);
        number(v, issueId, SCHEDULE_MIN, days / 2);
        number(v, issueId, SCHEDULE_MOST_LIKELY, days);
        number(v, issueId, SCHEDULE_MAX, days * 2);
      }
    }

    private void option(PreparedStatement v, long issueId, String field, int position)
        throws SQLException {
      v.setLong(1, issueId);
      v.setString(2, field);
      v.setString(3, LEVELS.get(position - 1));
      Sql.decimal(v, 4, null);
      Sql.date(v, 5, null);
      v.setInt(6, position);
      v.addBatch();
    }

    private void number(PreparedStatement v, long issueId, String field, long n)
        throws SQLException {
      row(v, issueId, field, null, BigDecimal.valueOf(n), null, null);
    }

    private static void row(
        PreparedStatement v,
        long issueId,
        String field,
        String text,
        BigDecimal number,
        LocalDate date,
        Integer position)
        throws SQLException {
      v.setLong(1, issueId);
      v.setString(2, field);
      Sql.string(v, 3, text);
      Sql.decimal(v, 4, number);
      Sql.date(v, 5, date);
      if (position == null) {
        v.setNull(6, java.sql.Types.INTEGER);
      } else {
        v.setInt(6, position);
      }
      v.addBatch();
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
      for (PreparedStatement s : statements) {
        s.executeBatch();
      }
    }

    void configuration(List<ProjectPlan> plans) {
      SqlScoringModelStore models = new SqlScoringModelStore(store);
      ScoringModel model = models.create(FormulaModel.pmbokDefault());
      SqlRiskProjectSettingsStore settings = new SqlRiskProjectSettingsStore(store);
      settings.saveDefault(
          RiskProjectSettings.of(model.id(), DemoFields.mapping(), "medium"), Versioned.NEW);
      for (ProjectPlan p : plans) {
        String appetite = p.portfolio().equals("Digital") ? "high" : "medium";
        settings.save(
            p.key(),
            RiskProjectSettings.of(model.id(), DemoFields.mapping(), appetite),
            Versioned.NEW);
      }
      SqlAuditLog audit = new SqlAuditLog(store);
      new PmoAdminGroupService(new SqlSettingRows(store), audit, Clock.systemUTC())
          .update(PMO_GROUP, Versioned.NEW, DemoAccounts.ADMIN);
      DemoPortfolios.generate(store, plans, people, today, random);
    }

    private static void issueTypes(Connection c) throws SQLException {
      String[][] types = {
        {EPIC, "Epic", "false"},
        {STORY, "Story", "false"},
        {TASK, "Task", "false"},
        {SUBTASK, "Sub-task", "true"},
        {BUG, "Bug", "false"},
        {RISK, "Risk", "false"}
      };
      for (String[] t : types) {
        try (PreparedStatement ps =
            c.prepareStatement("INSERT INTO issue_type (id, name, subtask) VALUES (?, ?, ?)")) {
          ps.setString(1, t[0]);
          ps.setString(2, t[1]);
          ps.setBoolean(3, Boolean.parseBoolean(t[2]));
          ps.executeUpdate();
        }
      }
    }

    private static void customFields(Connection c) throws SQLException {
      Object[][] fields = {
        {PROBABILITY, "Risk probability", "OPTION", LEVELS},
        {IMPACT_COST, "Risk impact (cost)", "OPTION", LEVELS},
        {IMPACT_SCHEDULE, "Risk impact (schedule)", "OPTION", LEVELS},
        {IMPACT_SCOPE, "Risk impact (scope)", "OPTION", LEVELS},
        {IMPACT_QUALITY, "Risk impact (quality)", "OPTION", LEVELS},
        {RESIDUAL_PROBABILITY, "Residual probability", "OPTION", LEVELS},
        {RESIDUAL_IMPACT_COST, "Residual impact (cost)", "OPTION", LEVELS},
        {RESIDUAL_IMPACT_SCHEDULE, "Residual impact (schedule)", "OPTION", LEVELS},
        {OWNER, "Risk owner", "USER", List.of()},
        {REVIEW_DATE, "Risk review date", "DATE", List.of()},
        {COST_MIN, "Cost impact (minimum)", "NUMBER", List.of()},
        {COST_MOST_LIKELY, "Cost impact (most likely)", "NUMBER", List.of()},
        {COST_MAX, "Cost impact (maximum)", "NUMBER", List.of()},
        {SCHEDULE_MIN, "Schedule impact days (minimum)", "NUMBER", List.of()},
        {SCHEDULE_MOST_LIKELY, "Schedule impact days (most likely)", "NUMBER", List.of()},
        {SCHEDULE_MAX, "Schedule impact days (maximum)", "NUMBER", List.of()},
        {CATEGORY, "Risk category", "OPTION", CATEGORIES},
        {RESPONSE, "Risk response", "OPTION", RESPONSES},
      };
      for (Object[] f : fields) {
        exec(
            c,
            "INSERT INTO custom_field (id, name, field_type) VALUES (?, ?, ?)",
            f[0],
            f[1],
            f[2]);
        List<?> options = (List<?>) f[3];
        for (int i = 0; i < options.size(); i++) {
          exec(
              c,
              "INSERT INTO custom_field_option (field_id, position, label) VALUES (?, ?, ?)",
              f[0],
              i + 1,
              options.get(i));
        }
      }
    }

    private static void grant(
        Connection c, long projectId, String permission, String holderType, String holder)
        throws SQLException {
      exec(
          c,
          "INSERT INTO project_permission (project_id, permission, holder_type, holder) VALUES (?,"
              + " ?, ?, ?)",
          projectId,
          permission,
          holderType,
          holder);
    }

    static void exec(Connection c, String sql, Object... args) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setObject(i + 1, args[i]);
        }
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("demo data: " + e.getMessage() + " in " + sql, e);
      }
    }
  }
}
