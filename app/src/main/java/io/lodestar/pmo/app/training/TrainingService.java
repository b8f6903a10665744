package io.lodestar.pmo.app.training;

import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.CompetencyMatrix;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Enrolment;
import io.lodestar.pmo.engine.training.EnrolmentStatus;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PassingGrants;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Qualification;
import io.lodestar.pmo.engine.training.QualificationCheck;
import io.lodestar.pmo.engine.training.QualificationStatus;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.SkillCatalog;
import io.lodestar.pmo.engine.training.SkillSource;
import io.lodestar.pmo.engine.training.TrainingCatalog;
import io.lodestar.pmo.engine.training.TrainingPlanner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The training operations above the engine: the catalog, the qualification of an issue's assignee
 * for the dates of the work, writes with their audit entries (in one transaction each), passing an
 * enrolment (which grants the course's skills and certificates, audited), training plans, the
 * competency matrix, and the export and erasure of a person's data. No permission checks: the REST
 * resources and pages check through {@link TrainingAccess} first.
 */
public final class TrainingService {

  /** Most assigned issues a training plan reads per person. */
  public static final int PLAN_WORK_LIMIT = 200;

  static final String AUDIT_TYPE_SKILL = "training.skill";
  static final String AUDIT_TYPE_CERT_TYPE = "training.certificationType";
  static final String AUDIT_TYPE_PERSON = "training.person";
  static final String AUDIT_TYPE_ENROLMENT = "training.enrolment";
  static final String SKILL_SAVED = "lodestar.training.audit.skillSaved";
  static final String CERT_TYPE_SAVED = "lodestar.training.audit.certificationTypeSaved";
  static final String CERT_ADDED = "lodestar.training.audit.certificationAdded";
  static final String ENROLMENT_STATUS = "lodestar.training.audit.enrolmentStatus";
  static final String GRANTED = "lodestar.training.audit.granted";
  static final String ERASED = "lodestar.training.audit.personErased";
  static final String SKILL_ASSESSED = "lodestar.training.audit.skillAssessed";
  static final String COURSE_ADDED = "lodestar.training.audit.courseAdded";
  static final String SESSION_ADDED = "lodestar.training.audit.sessionAdded";
  static final String ENROLLED = "lodestar.training.audit.enrolled";
  static final String AUDIT_TYPE_COURSE = "training.course";
  static final String NOT_FOUND_SESSION = "lodestar.training.error.sessionNotFound";
  static final String NOT_FOUND_COURSE = "lodestar.training.error.courseNotFound";
  static final String NOT_FOUND_SKILL = "lodestar.training.error.skillNotFound";
  static final String NOT_FOUND_TYPE = "lodestar.training.error.certificationTypeNotFound";
  static final String NOT_FOUND_ENROLMENT = "lodestar.training.error.enrolmentNotFound";
  static final String INVALID_CATALOG = "lodestar.training.error.catalog";
  static final String DUPLICATE = "lodestar.training.error.duplicate";

  /** Everything a person's training data holds, for the export. */
  public record PersonData(
      String personKey,
      Optional<TrainingStore.Person> person,
      List<PersonSkill> skills,
      List<PersonCertification> certifications,
      List<Versioned<Enrolment>> enrolments) {
    public PersonData {
      skills = List.copyOf(skills);
      certifications = List.copyOf(certifications);
      enrolments = List.copyOf(enrolments);
    }
  }

  private final TrainingStore store;
  private final TrainingWork work;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;

  public TrainingService(
      TrainingStore store,
      TrainingWork work,
      AuditLog audit,
      Transactions transactions,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.work = Objects.requireNonNull(work, "work");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Today in the service's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The skills catalog and certification types. */
  public TrainingCatalog catalog() {
    return new TrainingCatalog(
        SkillCatalog.of(store.skills().stream().map(Versioned::value).toList()),
        store.certificationTypes().stream().map(Versioned::value).toList());
  }

  /** The store, for reads the pages and resources make directly (lists, pages). */
  public TrainingStore store() {
    return store;
  }

  /** The issues port. */
  public TrainingWork work() {
    return work;
  }

  /**
   * The qualification of the issue's assignee for the dates of its work: OK with no findings when
   * nothing is required or nobody is assigned (then nothing of any person is read).
   */
  public Qualification qualification(AssignedWork assigned) {
    List<Requirement> requirements = store.requirements();
    List<Need> needs = Requirement.needsOf(requirements, assigned.work());
    if (needs.isEmpty() || assigned.assigneeKey() == null) {
      return new Qualification(QualificationStatus.OK, List.of());
    }
    Held held = store.held(List.of(assigned.assigneeKey())).get(assigned.assigneeKey());
    return new QualificationCheck(catalog()).check(assigned.work(), requirements, held, today());
  }

  /** Creates or updates a skill, audited; 400 when the catalog would break (unknown parent...). */
  public Outcome<Long> saveSkill(Skill skill, long expectedVersion, String actorKey) {
    List<Skill> next = new ArrayList<>();
    for (Versioned<Skill> s : store.skills()) {
      if (!s.value().id().equals(skill.id())) {
        next.add(s.value());
      }
    }
    next.add(skill);
    try {
      SkillCatalog.of(next);
    } catch (IllegalArgumentException e) {
      return Outcome.invalid(Violation.of("parentId", INVALID_CATALOG, e.getMessage()));
    }
    return transactions.inTransaction(
        () ->
            audited(
                store.saveSkill(skill, expectedVersion),
                NOT_FOUND_SKILL,
                skill.id(),
                actorKey,
                SKILL_SAVED,
                AUDIT_TYPE_SKILL,
                skill.toString()));
  }

  /** Creates or updates a certification type, audited. */
  public Outcome<Long> saveCertificationType(
      CertificationType type, long expectedVersion, String actorKey) {
    return transactions.inTransaction(
        () ->
            audited(
                store.saveCertificationType(type, expectedVersion),
                NOT_FOUND_TYPE,
                type.id(),
                actorKey,
                CERT_TYPE_SAVED,
                AUDIT_TYPE_CERT_TYPE,
                type.toString()));
  }

  /** Records a certificate for a person, audited; 400 for an unknown type or a repeated id. */
  public Outcome<PersonCertification> addCertification(
      PersonCertification certification, String actorKey) {
    if (catalog().certificationType(certification.typeId()).isEmpty()) {
      return Outcome.invalid(Violation.of("typeId", NOT_FOUND_TYPE, certification.typeId()));
    }
    return transactions.inTransaction(
        () -> {
          if (!store.addCertification(certification)) {
            return Outcome.invalid(Violation.of("id", DUPLICATE, certification.id()));
          }
          audit.record(
              new AuditEntry(
                  actorKey,
                  CERT_ADDED,
                  AUDIT_TYPE_PERSON,
                  certification.personKey(),
                  null,
                  certification.typeId() + " " + certification.issuedOn(),
                  clock.instant()));
          return Outcome.ok(certification);
        });
  }

  /**
   * Records a person's level of a skill as of today (self-assessed, or verified by their manager or
   * a resource manager: the caller checks who may), audited; 400 for an unknown skill.
   */
  public Outcome<PersonSkill> assessSkill(
      String personKey, String skillId, int level, SkillSource source, String actorKey) {
    if (catalog().skills().skill(skillId).isEmpty()) {
      return Outcome.invalid(Violation.of("skillId", NOT_FOUND_SKILL, skillId));
    }
    PersonSkill skill = new PersonSkill(personKey, skillId, level, source, today());
    return transactions.inTransaction(
        () -> {
          store.addPersonSkill(skill);
          audit.record(
              new AuditEntry(
                  actorKey,
                  SKILL_ASSESSED,
                  AUDIT_TYPE_PERSON,
                  personKey,
                  null,
                  skillId + "@" + level + " " + source.name(),
                  clock.instant()));
          return Outcome.ok(skill);
        });
  }

  /** Adds a course, audited; 400 naming {@code id} when one with its id exists already. */
  public Outcome<Course> addCourse(Course course, String actorKey) {
    return transactions.inTransaction(
        () -> {
          if (store.courses().stream().anyMatch(c -> c.value().id().equals(course.id()))) {
            return Outcome.invalid(Violation.of("id", DUPLICATE, course.id()));
          }
          store.addCourse(course);
          audit.record(
              new AuditEntry(
                  actorKey,
                  COURSE_ADDED,
                  AUDIT_TYPE_COURSE,
                  course.id(),
                  null,
                  course.toString(),
                  clock.instant()));
          return Outcome.ok(course);
        });
  }

  /** Adds a session of an existing course, audited; 400 naming {@code courseId} or {@code id}. */
  public Outcome<CourseSession> addSession(CourseSession session, String actorKey) {
    return transactions.inTransaction(
        () -> {
          if (store.courses().stream().noneMatch(c -> c.value().id().equals(session.courseId()))) {
            return Outcome.invalid(Violation.of("courseId", NOT_FOUND_COURSE, session.courseId()));
          }
          if (store.sessions().stream().anyMatch(s -> s.id().equals(session.id()))) {
            return Outcome.invalid(Violation.of("id", DUPLICATE, session.id()));
          }
          store.addSession(session);
          audit.record(
              new AuditEntry(
                  actorKey,
                  SESSION_ADDED,
                  AUDIT_TYPE_COURSE,
                  session.courseId(),
                  null,
                  session.id() + " " + session.first() + ".." + session.last(),
                  clock.instant()));
          return Outcome.ok(session);
        });
  }

  /**
   * Plans a person's enrolment in a session (status planned), audited; 400 naming {@code sessionId}
   * for an unknown session, or {@code personKey} when they are enrolled in it already.
   */
  public Outcome<Enrolment> enrol(String personKey, String sessionId, String actorKey) {
    return transactions.inTransaction(
        () -> {
          if (store.sessions().stream().noneMatch(s -> s.id().equals(sessionId))) {
            return Outcome.invalid(Violation.of("sessionId", NOT_FOUND_SESSION, sessionId));
          }
          if (store.enrolments(personKey).stream()
              .anyMatch(e -> e.value().sessionId().equals(sessionId))) {
            return Outcome.invalid(Violation.of("personKey", DUPLICATE, sessionId));
          }
          Enrolment enrolment =
              new Enrolment(
                  java.util.UUID.randomUUID().toString(),
                  personKey,
                  sessionId,
                  EnrolmentStatus.PLANNED);
          StoreResult<Long> saved = store.saveEnrolment(enrolment, Versioned.NEW);
          if (!(saved instanceof StoreResult.Stored<Long>)) {
            return Outcome.invalid(Violation.of("id", DUPLICATE, enrolment.id()));
          }
          audit.record(
              new AuditEntry(
                  actorKey,
                  ENROLLED,
                  AUDIT_TYPE_ENROLMENT,
                  enrolment.id(),
                  null,
                  personKey + " " + sessionId,
                  clock.instant()));
          return Outcome.ok(enrolment);
        });
  }

  /**
   * Changes an enrolment's status; passing grants the course's skills and certificates (stored and
   * audited in the same transaction).
   *
   * @return what was granted (empty unless passed)
   */
  public Outcome<PassingGrants.Grants> setEnrolmentStatus(
      String enrolmentId, EnrolmentStatus status, long expectedVersion, String actorKey) {
    return transactions.inTransaction(
        () -> {
          Optional<Versioned<Enrolment>> found = store.enrolment(enrolmentId);
          if (found.isEmpty()) {
            return Outcome.notFound(NOT_FOUND_ENROLMENT, enrolmentId);
          }
          Enrolment before = found.get().value();
          Enrolment after =
              new Enrolment(before.id(), before.personKey(), before.sessionId(), status);
          StoreResult<Long> saved = store.saveEnrolment(after, expectedVersion);
          if (saved instanceof StoreResult.VersionConflict<Long> c) {
            return Outcome.conflict(c.expectedVersion(), c.actualVersion());
          }
          if (saved instanceof StoreResult.Missing<Long>) {
            return Outcome.notFound(NOT_FOUND_ENROLMENT, enrolmentId);
          }
          audit.record(
              new AuditEntry(
                  actorKey,
                  ENROLMENT_STATUS,
                  AUDIT_TYPE_ENROLMENT,
                  enrolmentId,
                  before.status().name(),
                  status.name(),
                  clock.instant()));
          PassingGrants.Grants grants = new PassingGrants.Grants(List.of(), List.of());
          if (status == EnrolmentStatus.PASSED && before.status() != EnrolmentStatus.PASSED) {
            grants = grant(after);
          }
          return Outcome.ok(grants);
        });
  }

  private PassingGrants.Grants grant(Enrolment enrolment) {
    CourseSession session =
        store.sessions().stream()
            .filter(s -> s.id().equals(enrolment.sessionId()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no session " + enrolment.sessionId()));
    Course course =
        store.courses().stream()
            .map(Versioned::value)
            .filter(c -> c.id().equals(session.courseId()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no course " + session.courseId()));
    Held held = store.held(List.of(enrolment.personKey())).get(enrolment.personKey());
    PassingGrants.Grants grants =
        new PassingGrants().of(enrolment, session, course, held, catalog());
    List<String> granted = new ArrayList<>();
    for (PersonSkill s : grants.skills()) {
      store.addPersonSkill(s);
      granted.add(s.skillId() + "@" + s.level());
    }
    for (PersonCertification c : grants.certifications()) {
      if (store.addCertification(c)) {
        granted.add(c.typeId());
      }
    }
    if (!granted.isEmpty()) {
      audit.record(
          new AuditEntry(
              "system",
              GRANTED,
              AUDIT_TYPE_PERSON,
              enrolment.personKey(),
              null,
              "enrolment " + enrolment.id() + ": " + String.join(", ", granted),
              clock.instant()));
    }
    return grants;
  }

  /**
   * The person's training plan from today to the last due date of their open assigned work: the
   * needs of that work's requirements they do not meet, and the courses that would close them.
   */
  public TrainingPlanner.PersonPlan plan(String personKey) {
    List<AssignedWork> assigned = work.openAssignedTo(personKey, PLAN_WORK_LIMIT);
    LocalDate today = today();
    LocalDate last = today;
    LinkedHashSet<Need> needs = new LinkedHashSet<>();
    List<Requirement> requirements = store.requirements();
    for (AssignedWork w : assigned) {
      needs.addAll(Requirement.needsOf(requirements, w.work()));
      LocalDate end = w.work().lastDay(today);
      if (end.isAfter(last)) {
        last = end;
      }
    }
    Held held = store.held(List.of(personKey)).get(personKey);
    return new TrainingPlanner(catalog())
        .plan(
            held,
            List.copyOf(needs),
            today,
            last,
            store.courses().stream().map(Versioned::value).toList());
  }

  /** One page of a team's competency matrix over every skill of the catalog, as of today. */
  public CompetencyMatrix matrix(String team, int startAt, int max) {
    List<String> members = store.teamMembers(team, startAt, max);
    Map<String, Held> held = store.held(members);
    List<String> skillIds = store.skills().stream().map(s -> s.value().id()).toList();
    return CompetencyMatrix.of(members, skillIds, List.copyOf(held.values()), today());
  }

  /** Everything stored of the person, for the export. */
  public PersonData export(String personKey) {
    Held held = store.held(List.of(personKey)).get(personKey);
    return new PersonData(
        personKey,
        store.person(personKey),
        held.skills(),
        held.certifications(),
        store.enrolments(personKey));
  }

  /**
   * Erases every training row of the person; the audit keeps that it happened, by whom and how many
   * rows, never the data.
   *
   * @return the number of rows deleted or cleared
   */
  public int erase(String personKey, String actorKey) {
    return transactions.inTransaction(
        () -> {
          int rows = store.erase(personKey);
          audit.record(
              new AuditEntry(
                  actorKey,
                  ERASED,
                  AUDIT_TYPE_PERSON,
                  personKey,
                  null,
                  rows + " rows",
                  clock.instant()));
          return rows;
        });
  }

  private Outcome<Long> audited(
      StoreResult<Long> result,
      String notFoundKey,
      String id,
      String actorKey,
      String action,
      String type,
      String after) {
    if (result instanceof StoreResult.Stored<Long> stored) {
      audit.record(new AuditEntry(actorKey, action, type, id, null, after, clock.instant()));
      return Outcome.ok(stored.value());
    }
    if (result instanceof StoreResult.VersionConflict<Long> c) {
      return Outcome.conflict(c.expectedVersion(), c.actualVersion());
    }
    return Outcome.notFound(notFoundKey, id);
  }
}
