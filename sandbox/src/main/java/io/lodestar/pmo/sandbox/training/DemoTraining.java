package io.lodestar.pmo.sandbox.training;

import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Enrolment;
import io.lodestar.pmo.engine.training.EnrolmentStatus;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.SkillSource;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The demo's training data: a small skills catalog, three certification types, requirements (the
 * Mobile project {@value #CERTIFIED_PROJECT} requires an AWS certificate of whoever is assigned its
 * work; every Bug requires software engineering at level 2), the demo people in three teams with
 * skills and certificates (about a third of the AWS certificates expire within weeks, before many
 * due dates), courses with sessions and enrolments, and one open issue of {@value
 * #CERTIFIED_PROJECT} whose assignee's certificate expires before its due date, so the issue view
 * warns. Deterministic for a seed and a day.
 */
public final class DemoTraining {

  /** The project that requires the AWS certificate. */
  public static final String CERTIFIED_PROJECT = "MOBA";

  /** The certification type the project requires. */
  public static final String AWS = "aws-sa";

  /** The team of the demo's {@code member}, managed by the demo's {@code manager}. */
  public static final String MEMBER_TEAM = "Mobile";

  private static final String[] TEAMS = {"Platform", MEMBER_TEAM, "Web"};

  private DemoTraining() {}

  /**
   * Writes the demo training data into a store holding the demo portfolio.
   *
   * @param people the demo people's keys (person01 ...)
   */
  public static void generate(
      SandboxStore sandbox, List<String> people, LocalDate today, long seed) {
    SqlTrainingStore store = new SqlTrainingStore(sandbox);
    SplittableRandom random = new SplittableRandom(seed ^ 0x7124_1EL);
    sandbox.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO user_group (group_name) KEY (group_name) VALUES (?)")) {
            ps.setString(1, TrainingAccess.RESOURCE_MANAGERS_GROUP);
            ps.executeUpdate();
          }
          skill(store, "software", "Software engineering", null);
          skill(store, "java", "Java", "software");
          skill(store, "sql", "SQL", "software");
          skill(store, "cloud", "Cloud operations", null);
          skill(store, "safety", "Site safety", null);
          type(store, AWS, "AWS Solutions Architect – Associate", "Amazon Web Services", "P3Y");
          type(store, "first-aid", "First aid at work", "Red Cross", "P2Y");
          type(store, "psm", "Professional Scrum Master I", "Scrum.org", null);
          store.addRequirement(
              new Requirement(
                  Requirement.Scope.PROJECT, CERTIFIED_PROJECT, new Need.CertificationNeed(AWS)));
          store.addRequirement(
              new Requirement(
                  Requirement.Scope.ISSUE_TYPE, bugTypeId(c), new Need.SkillNeed("software", 2)));

          store.addCourse(
              new Course(
                  "aws-prep",
                  "AWS Solutions Architect exam preparation",
                  false,
                  24 * 3600L,
                  List.of(new Need.SkillNeed("cloud", 3)),
                  List.of(AWS)));
          store.addCourse(
              new Course(
                  "java-core",
                  "Java fundamentals",
                  true,
                  16 * 3600L,
                  List.of(new Need.SkillNeed("java", 3)),
                  List.of()));
          store.addCourse(
              new Course(
                  "first-aid-day",
                  "First aid day",
                  false,
                  8 * 3600L,
                  List.of(),
                  List.of("first-aid")));
          store.addSession(
              new CourseSession(
                  "aws-prep-1",
                  "aws-prep",
                  today.plusDays(14),
                  today.plusDays(16),
                  Optional.empty()));
          store.addSession(
              new CourseSession(
                  "java-core-1",
                  "java-core",
                  today.minusDays(30),
                  today.minusDays(29),
                  Optional.empty()));
          store.addSession(
              new CourseSession(
                  "first-aid-1",
                  "first-aid-day",
                  today.plusDays(7),
                  today.plusDays(7),
                  Optional.of(8 * 3600)));

          List<String> everyone = new ArrayList<>(people);
          everyone.add("member");
          for (int i = 0; i < everyone.size(); i++) {
            String key = everyone.get(i);
            boolean member = key.equals("member");
            String team = member ? MEMBER_TEAM : TEAMS[i % TEAMS.length];
            store.savePerson(
                new TrainingStore.Person(key, team.equals(MEMBER_TEAM) ? "manager" : "pmo", team));
            LocalDate since = today.minusDays(400 + random.nextInt(700));
            store.addPersonSkill(
                new PersonSkill(
                    key, "java", 1 + random.nextInt(5), SkillSource.SELF_ASSESSED, since));
            if (random.nextInt(3) > 0) {
              store.addPersonSkill(
                  new PersonSkill(
                      key, "sql", 1 + random.nextInt(5), SkillSource.MANAGER_VERIFIED, since));
            }
            if (random.nextInt(2) == 0) {
              store.addPersonSkill(
                  new PersonSkill(
                      key, "cloud", 1 + random.nextInt(5), SkillSource.MANAGER_VERIFIED, since));
            }
            int roll = member ? 1 : random.nextInt(3);
            if (roll == 0) {
              // an AWS certificate valid for long
              store.addCertification(
                  cert(key, AWS, today.minusDays(200 + random.nextInt(300)), Period.ofYears(3)));
            } else if (roll == 1) {
              // one that expires within weeks: before many due dates
              LocalDate until = today.plusDays(10 + random.nextInt(40));
              store.addCertification(
                  new PersonCertification(
                      key + "-" + AWS,
                      key,
                      AWS,
                      until.minusYears(3).plusDays(1),
                      Optional.of(until),
                      Optional.of("https://aws.amazon.com/verification")));
            }
            if (random.nextInt(2) == 0) {
              store.addCertification(
                  cert(key, "first-aid", today.minusDays(random.nextInt(600)), Period.ofYears(2)));
            }
            if (random.nextInt(4) == 0) {
              store.addCertification(
                  new PersonCertification(
                      key + "-psm",
                      key,
                      "psm",
                      today.minusDays(random.nextInt(900)),
                      Optional.empty(),
                      Optional.empty()));
            }
            if (i % 4 == 0) {
              store.saveEnrolment(
                  new Enrolment(key + "-aws-prep-1", key, "aws-prep-1", EnrolmentStatus.PLANNED),
                  Versioned.NEW);
            } else if (i % 4 == 1) {
              store.saveEnrolment(
                  new Enrolment(key + "-java-core-1", key, "java-core-1", EnrolmentStatus.ATTENDED),
                  Versioned.NEW);
            }
          }
          warnedIssue(c, store, today);
          return null;
        });
  }

  /**
   * Makes the first open assigned issue of {@link #CERTIFIED_PROJECT} run from today for 45 days
   * and gives its assignee an AWS certificate that ends in 20 days (and none other).
   */
  private static void warnedIssue(java.sql.Connection c, SqlTrainingStore store, LocalDate today)
      throws java.sql.SQLException {
    String issueKey;
    String assignee;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.issue_key, i.assignee_key FROM issue i JOIN project p ON p.id = i.project_id"
                + " JOIN issue_type t ON t.id = i.issue_type_id WHERE p.project_key = ? AND"
                + " i.assignee_key LIKE 'person%' AND i.status_category <> 'done' AND t.name <>"
                + " 'Risk' AND t.name <> 'Bug' AND i.assignee_key <> ? ORDER BY i.issue_number"
                + " FETCH FIRST 1 ROWS ONLY")) {
      ps.setString(1, CERTIFIED_PROJECT);
      // not the capacity demo's over-allocated person: moving one of their dates would take the
      // red week the capacity demo shows below capacity
      ps.setString(2, io.lodestar.pmo.sandbox.demo.DemoCapacity.OVERLOADED);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        issueKey = rs.getString(1);
        assignee = rs.getString(2);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE issue SET start_date = ?, due_date = ? WHERE issue_key = ?")) {
      ps.setObject(1, today);
      ps.setObject(2, today.plusDays(45));
      ps.setString(3, issueKey);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM training_person_cert WHERE person_key = ? AND type_id = ?")) {
      ps.setString(1, assignee);
      ps.setString(2, AWS);
      ps.executeUpdate();
    }
    LocalDate until = today.plusDays(20);
    store.addCertification(
        new PersonCertification(
            assignee + "-" + AWS,
            assignee,
            AWS,
            until.minusYears(3).plusDays(1),
            Optional.of(until),
            Optional.of("https://aws.amazon.com/verification")));
  }

  private static PersonCertification cert(String key, String type, LocalDate issued, Period p) {
    return new PersonCertification(
        key + "-" + type,
        key,
        type,
        issued,
        Optional.of(issued.plus(p).minusDays(1)),
        Optional.empty());
  }

  private static String bugTypeId(java.sql.Connection c) throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM issue_type WHERE name = 'Bug'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : "bug";
    }
  }

  private static void skill(SqlTrainingStore store, String id, String name, String parent) {
    store.saveSkill(
        new Skill(
            id,
            name,
            Optional.ofNullable(parent),
            Map.of(
                1, "Aware: knows what " + name + " is for",
                2, "Practitioner: works on routine tasks with guidance",
                3, "Proficient: works independently",
                4, "Advanced: leads and reviews others' work",
                5, "Expert: sets practice across teams")),
        Versioned.NEW);
  }

  private static void type(
      SqlTrainingStore store, String id, String name, String issuer, String validity) {
    store.saveCertificationType(
        new CertificationType(id, name, issuer, Optional.ofNullable(validity).map(Period::parse)),
        Versioned.NEW);
  }
}
