package io.lodestar.pmo.sandbox.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.audit.AuditFilter;
import io.lodestar.pmo.app.training.ExpiryReminderJob;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.app.training.panel.QualificationValue;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Enrolment;
import io.lodestar.pmo.engine.training.EnrolmentStatus;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PassingGrants;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.QualificationStatus;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.SkillSource;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import io.lodestar.pmo.sandbox.shared.host.PasswordHasher;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import io.lodestar.pmo.sandbox.shared.host.SqlMailOutbox;
import io.lodestar.pmo.sandbox.shared.server.SandboxUserDirectory;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.SqlTransactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The training feature on the sandbox's SQL store (schema V10): the qualification of an issue's
 * assignee for the dates of the work, passing an enrolment, the expiry reminder, and the erasure of
 * a person's data.
 */
class TrainingOnSqlTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final String AWS = "aws";

  private final SandboxStore store = TestData.newStore();
  private final Clock clock =
      Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  private final SqlTrainingStore training = new SqlTrainingStore(store);
  private final SqlAuditLog audit = new SqlAuditLog(store);
  private final TrainingService target =
      new TrainingService(
          training, new SqlTrainingWork(store), audit, new SqlTransactions(store), clock);

  @BeforeEach
  void data() {
    TestData.user(store, "alice");
    TestData.user(store, "bob");
    TestData.user(store, "boss");
    TestData.project(store, 1, "CERT");
    TestData.issueType(store, "10", "Task");
    TestData.issue(store, 100, "CERT-1", 1, "10", "new");
    TestData.exec(
        store,
        "UPDATE issue SET assignee_key = 'alice', start_date = ?, due_date = ? WHERE id = 100",
        TODAY,
        TODAY.plusDays(40));
    TestData.issue(store, 101, "CERT-2", 1, "10", "new");
    TestData.exec(
        store,
        "UPDATE issue SET assignee_key = 'bob', start_date = ?, due_date = ? WHERE id = 101",
        TODAY,
        TODAY.plusDays(40));
    training.saveSkill(skill("java"), Versioned.NEW);
    training.saveCertificationType(
        new CertificationType(AWS, "AWS SA", "Amazon", Optional.of(Period.ofYears(3))),
        Versioned.NEW);
    training.addRequirement(
        new Requirement(Requirement.Scope.PROJECT, "CERT", new Need.CertificationNeed(AWS)));
    training.savePerson(new TrainingStore.Person("alice", "boss", "Team A"));
    // alice's certificate ends 20 days from now, before CERT-1 is due; bob's holds for years
    training.addCertification(cert("alice-aws", "alice", TODAY.plusDays(20)));
    training.addCertification(cert("bob-aws", "bob", TODAY.plusYears(2)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void qualification_shouldWarnCertificationExpires_whenItEndsBeforeTheDueDate() {
    // when
    var alice = target.qualification(target.work().byKey("CERT-1").orElseThrow());
    var bob = target.qualification(target.work().byKey("CERT-2").orElseThrow());

    // then
    assertThat(alice.status()).isEqualTo(QualificationStatus.CERTIFICATION_EXPIRES);
    assertThat(alice.findings().get(0).args()).contains(TODAY.plusDays(20), TODAY.plusDays(40));
    assertThat(bob.status()).isEqualTo(QualificationStatus.OK);
  }

  @Test
  void issuesWith_shouldFindOnlyTheIssuesOfThatValue() {
    SqlTrainingWork work = new SqlTrainingWork(store);

    assertThat(work.issuesWith("CERT", QualificationValue.CERTIFICATION_EXPIRES, target))
        .containsExactly(100L);
    assertThat(work.issuesWith("CERT", QualificationValue.OK, target)).containsExactly(101L);
    assertThat(work.issuesWith("OTHER", QualificationValue.OK, target)).isEmpty();
  }

  @Test
  void setEnrolmentStatus_shouldGrantTheCoursesSkillAndCertificate_whenPassed() {
    // given a course granting Java 3 and the AWS certificate, alice enrolled
    training.addCourse(
        new Course(
            "c1", "AWS prep", false, 3600, List.of(new Need.SkillNeed("java", 3)), List.of(AWS)));
    training.addSession(
        new CourseSession("s1", "c1", TODAY.minusDays(2), TODAY.minusDays(1), Optional.empty()));
    training.saveEnrolment(
        new Enrolment("e1", "alice", "s1", EnrolmentStatus.ATTENDED), Versioned.NEW);

    // when a stale version is sent, then nothing changes
    assertThat(target.setEnrolmentStatus("e1", EnrolmentStatus.PASSED, 7, "boss"))
        .isInstanceOf(Outcome.Conflict.class);
    // when passed
    Outcome<PassingGrants.Grants> passed =
        target.setEnrolmentStatus("e1", EnrolmentStatus.PASSED, 1, "boss");

    // then the skill and a certificate valid from the session's last day are stored and audited
    assertThat(passed).isInstanceOf(Outcome.Ok.class);
    Held held = training.held(List.of("alice")).get("alice");
    assertThat(held.skills())
        .extracting(PersonSkill::skillId, PersonSkill::level, PersonSkill::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("java", 3, SkillSource.CERTIFIED));
    assertThat(held.certifications())
        .extracting(PersonCertification::issuedOn)
        .contains(TODAY.minusDays(1));
    assertThat(target.qualification(target.work().byKey("CERT-1").orElseThrow()).status())
        .isEqualTo(QualificationStatus.OK);
    assertThat(audit.count(AuditFilter.ALL)).isEqualTo(2);
  }

  @Test
  void expiryReminder_shouldMailThePersonAndTheirManagerOnce_andNoneAfterRenewal() {
    // given
    SqlMailOutbox outbox = new SqlMailOutbox(store, clock);
    ExpiryReminderJob job =
        new ExpiryReminderJob(
            target,
            new SandboxUserDirectory(
                new SandboxUsers(store, new PasswordHasher(new SecureRandom(), 1000))),
            outbox,
            new BundleTexts(),
            java.util.Set.of(30, 7));

    // when it runs twice on the day
    ExpiryReminderJob.Run first = job.run(TODAY);
    ExpiryReminderJob.Run second = job.run(TODAY);

    // then alice (20 days left: the 30-day threshold) and her manager got one mail each
    assertThat(first.reminders()).isEqualTo(1);
    assertThat(outbox.page(0, 10))
        .extracting(SqlMailOutbox.QueuedMail::recipientKey)
        .containsExactlyInAnyOrder("alice", "boss");
    assertThat(second.reminders()).isZero();

    // when alice renews and the 7-day threshold comes: nothing
    training.addCertification(cert("alice-aws-2", "alice", TODAY.plusYears(3)));
    assertThat(job.run(TODAY.plusDays(14)).reminders()).isZero();
    assertThat(outbox.count()).isEqualTo(2);
  }

  @Test
  void erase_shouldLeaveNothingOfThePerson_andAuditOnlyTheFact() {
    // given alice's skills, certificates, enrolment, team and a sent reminder; she manages bob
    training.addPersonSkill(
        new PersonSkill("alice", "java", 2, SkillSource.SELF_ASSESSED, TODAY.minusDays(9)));
    training.addCourse(new Course("c1", "Java", true, 3600, List.of(), List.of()));
    training.addSession(new CourseSession("s1", "c1", TODAY, TODAY, Optional.empty()));
    training.saveEnrolment(
        new Enrolment("e1", "alice", "s1", EnrolmentStatus.PLANNED), Versioned.NEW);
    training.markSent(
        List.of(new io.lodestar.pmo.engine.training.ExpiryReminders.SentKey("alice-aws", 30)),
        TODAY);
    training.savePerson(new TrainingStore.Person("bob", "alice", "Team A"));
    assertThat(target.export("alice").certifications()).hasSize(1);

    // when
    int rows = target.erase("alice", "admin");

    // then
    assertThat(rows).isEqualTo(6);
    for (String sql :
        List.of(
            "SELECT COUNT(*) FROM training_person_skill WHERE person_key = 'alice'",
            "SELECT COUNT(*) FROM training_person_cert WHERE person_key = 'alice'",
            "SELECT COUNT(*) FROM training_enrolment WHERE person_key = 'alice'",
            "SELECT COUNT(*) FROM training_person WHERE person_key = 'alice' OR manager_key ="
                + " 'alice'",
            "SELECT COUNT(*) FROM training_reminder_sent WHERE cert_id = 'alice-aws'")) {
      assertThat(TestData.count(store, sql)).as(sql).isZero();
    }
    assertThat(TestData.count(store, "SELECT COUNT(*) FROM training_person_cert")).isEqualTo(1);
    var entries = audit.page(AuditFilter.ALL, 0, 10);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).targetId()).isEqualTo("alice");
    assertThat(entries.get(0).after()).isEqualTo("6 rows").doesNotContain("aws");
  }

  @Test
  void saveSkill_shouldConflict_whenTheVersionIsStale_andRefuseAnUnknownParent() {
    assertThat(target.saveSkill(skill("java"), 5, "admin")).isInstanceOf(Outcome.Conflict.class);
    assertThat(target.saveSkill(skill("java"), Versioned.NEW, "admin"))
        .isInstanceOf(Outcome.Conflict.class);
    assertThat(target.saveSkill(skill("java"), 1, "admin")).isEqualTo(Outcome.ok(2L));
    Skill orphan = new Skill("kotlin", "Kotlin", Optional.of("nope"), skill("x").levels());
    assertThat(target.saveSkill(orphan, Versioned.NEW, "admin"))
        .isInstanceOf(Outcome.Invalid.class);
    assertThat(training.skills()).hasSize(1);
  }

  private static Skill skill(String id) {
    return new Skill(
        id, "Skill " + id, Optional.empty(), Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e"));
  }

  private static PersonCertification cert(String id, String person, LocalDate until) {
    return new PersonCertification(
        id, person, AWS, until.minusYears(3).plusDays(1), Optional.of(until), Optional.empty());
  }
}
