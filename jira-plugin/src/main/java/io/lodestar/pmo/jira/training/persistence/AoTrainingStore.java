package io.lodestar.pmo.jira.training.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Enrolment;
import io.lodestar.pmo.engine.training.EnrolmentStatus;
import io.lodestar.pmo.engine.training.ExpiryReminders;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.SkillSource;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * {@link TrainingStore} on the {@code TRN_*} Active Objects tables (model version 5). Dates are
 * ISO-8601 text, so that text order is date order ({@link #expiringBetween} compares text).
 *
 * <p>Every write runs in one {@link AoTransactions} transaction (joining the caller's, so that the
 * service's audit entry commits with it) and takes the cluster lock {@code
 * lodestar.internal.lock.training.<kind>} until the transaction ends, so that the version check and
 * the write are one step across the nodes of a cluster. Person key lists are read in IN lists of at
 * most {@value #IN_CHUNK} keys. A row that does not parse becomes a {@link StoredDataException}
 * naming the table and row.
 */
public final class AoTrainingStore implements TrainingStore {

  /** Most keys one {@code IN} list binds. */
  static final int IN_CHUNK = 500;

  private final ActiveObjects ao;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoTrainingStore(ActiveObjects ao, AoTransactions transactions, ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  private <T> T write(String kind, Supplier<T> work) {
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds("training." + kind);
          return work.get();
        });
  }

  private static <E extends Entity, T> T read(String table, E row, Function<E, T> reader) {
    try {
      return reader.apply(row);
    } catch (RuntimeException e) {
      throw new StoredDataException(table + " row " + row.getID() + ": " + e.getMessage(), e);
    }
  }

  private static String text(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static LocalDate day(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  // ------------------------------------------------------------------------------ catalog

  @Override
  public List<Versioned<Skill>> skills() {
    List<Versioned<Skill>> skills = new ArrayList<>();
    for (SkillEntity row :
        ao.find(SkillEntity.class, Query.select().order(SkillEntity.SKILL_ID + " ASC"))) {
      skills.add(read(SkillEntity.TABLE, row, AoTrainingStore::skill));
    }
    return skills;
  }

  private static Versioned<Skill> skill(SkillEntity row) {
    return Versioned.of(
        new Skill(
            row.getSkillId(),
            row.getName(),
            Optional.ofNullable(row.getParentId()),
            Map.of(
                1, row.getLevel1(),
                2, row.getLevel2(),
                3, row.getLevel3(),
                4, row.getLevel4(),
                5, row.getLevel5())),
        row.getVersion());
  }

  @Override
  public List<Versioned<CertificationType>> certificationTypes() {
    List<Versioned<CertificationType>> types = new ArrayList<>();
    for (CertTypeEntity row :
        ao.find(CertTypeEntity.class, Query.select().order(CertTypeEntity.TYPE_ID + " ASC"))) {
      types.add(
          read(
              CertTypeEntity.TABLE,
              row,
              r ->
                  Versioned.of(
                      new CertificationType(
                          r.getTypeId(),
                          r.getName(),
                          r.getIssuer(),
                          Optional.ofNullable(r.getValidity()).map(Period::parse)),
                      r.getVersion())));
    }
    return types;
  }

  @Override
  public List<Requirement> requirements() {
    List<Requirement> requirements = new ArrayList<>();
    for (RequirementEntity row : ao.find(RequirementEntity.class, Query.select().order("ID ASC"))) {
      requirements.add(
          read(
              RequirementEntity.TABLE,
              row,
              r ->
                  new Requirement(
                      Requirement.Scope.valueOf(r.getScope()),
                      r.getScopeKey(),
                      r.getSkillId() != null
                          ? new Need.SkillNeed(r.getSkillId(), r.getMinLevel())
                          : new Need.CertificationNeed(
                              Objects.requireNonNull(
                                  r.getCertTypeId(), "neither skill nor cert")))));
    }
    return requirements;
  }

  @Override
  public List<Versioned<Course>> courses() {
    Map<String, List<Need.SkillNeed>> skills = new HashMap<>();
    Map<String, List<String>> certs = new HashMap<>();
    for (CourseGrantEntity g : ao.find(CourseGrantEntity.class, Query.select().order("ID ASC"))) {
      if (g.getSkillId() != null) {
        skills
            .computeIfAbsent(g.getCourseId(), k -> new ArrayList<>())
            .add(
                read(
                    CourseGrantEntity.TABLE,
                    g,
                    r -> new Need.SkillNeed(r.getSkillId(), r.getSkillLevel())));
      } else if (g.getCertTypeId() != null) {
        certs.computeIfAbsent(g.getCourseId(), k -> new ArrayList<>()).add(g.getCertTypeId());
      }
    }
    List<Versioned<Course>> courses = new ArrayList<>();
    for (CourseEntity row :
        ao.find(CourseEntity.class, Query.select().order(CourseEntity.COURSE_ID + " ASC"))) {
      courses.add(
          read(
              CourseEntity.TABLE,
              row,
              r ->
                  Versioned.of(
                      new Course(
                          r.getCourseId(),
                          r.getName(),
                          r.isInternal(),
                          r.getDurationSeconds(),
                          skills.getOrDefault(r.getCourseId(), List.of()),
                          certs.getOrDefault(r.getCourseId(), List.of())),
                      r.getVersion())));
    }
    return courses;
  }

  @Override
  public List<CourseSession> sessions() {
    List<CourseSession> sessions = new ArrayList<>();
    for (CourseSessionEntity row :
        ao.find(
            CourseSessionEntity.class,
            Query.select()
                .order(
                    CourseSessionEntity.FIRST_DAY
                        + " ASC, "
                        + CourseSessionEntity.SESSION_ID
                        + " ASC"))) {
      sessions.add(
          read(
              CourseSessionEntity.TABLE,
              row,
              r ->
                  new CourseSession(
                      r.getSessionId(),
                      r.getCourseId(),
                      day(r.getFirstDay()),
                      day(r.getLastDay()),
                      Optional.ofNullable(r.getSecondsPerDay()))));
    }
    return sessions;
  }

  @Override
  public StoreResult<Long> saveSkill(Skill skill, long expectedVersion) {
    Objects.requireNonNull(skill, "skill");
    return write(
        "skill",
        () -> {
          SkillEntity[] rows =
              ao.find(SkillEntity.class, SkillEntity.SKILL_ID + " = ?", skill.id());
          Optional<StoreResult<Long>> refused =
              check(rows.length == 0 ? null : rows[0].getVersion(), expectedVersion);
          if (refused.isPresent()) {
            return refused.get();
          }
          if (rows.length == 0) {
            ao.create(
                SkillEntity.class,
                new DBParam(SkillEntity.SKILL_ID, skill.id()),
                new DBParam(SkillEntity.NAME, skill.name()),
                new DBParam(SkillEntity.PARENT_ID, skill.parentId().orElse(null)),
                new DBParam(SkillEntity.LEVEL1, skill.levels().get(1)),
                new DBParam(SkillEntity.LEVEL2, skill.levels().get(2)),
                new DBParam(SkillEntity.LEVEL3, skill.levels().get(3)),
                new DBParam(SkillEntity.LEVEL4, skill.levels().get(4)),
                new DBParam(SkillEntity.LEVEL5, skill.levels().get(5)),
                new DBParam(SkillEntity.VERSION, 1L));
            return StoreResult.stored(1L);
          }
          SkillEntity row = rows[0];
          row.setName(skill.name());
          row.setParentId(skill.parentId().orElse(null));
          row.setLevel1(skill.levels().get(1));
          row.setLevel2(skill.levels().get(2));
          row.setLevel3(skill.levels().get(3));
          row.setLevel4(skill.levels().get(4));
          row.setLevel5(skill.levels().get(5));
          row.setVersion(expectedVersion + 1);
          row.save();
          return StoreResult.stored(expectedVersion + 1);
        });
  }

  /**
   * The refusal of a versioned write, if any: creating ({@link Versioned#NEW}) an existing row or
   * updating with a stale version is a conflict; updating an absent row is missing.
   */
  private static Optional<StoreResult<Long>> check(Long current, long expected) {
    if (expected == Versioned.NEW) {
      return current == null
          ? Optional.empty()
          : Optional.of(StoreResult.<Long>conflict(expected, current));
    }
    if (current == null) {
      return Optional.of(StoreResult.<Long>missing());
    }
    return current == expected
        ? Optional.empty()
        : Optional.of(StoreResult.<Long>conflict(expected, current));
  }

  @Override
  public StoreResult<Long> saveCertificationType(CertificationType type, long expectedVersion) {
    Objects.requireNonNull(type, "type");
    return write(
        "cert-type",
        () -> {
          CertTypeEntity[] rows =
              ao.find(CertTypeEntity.class, CertTypeEntity.TYPE_ID + " = ?", type.id());
          Optional<StoreResult<Long>> refused =
              check(rows.length == 0 ? null : rows[0].getVersion(), expectedVersion);
          if (refused.isPresent()) {
            return refused.get();
          }
          String validity = type.validity().map(Period::toString).orElse(null);
          if (rows.length == 0) {
            ao.create(
                CertTypeEntity.class,
                new DBParam(CertTypeEntity.TYPE_ID, type.id()),
                new DBParam(CertTypeEntity.NAME, type.name()),
                new DBParam(CertTypeEntity.ISSUER, type.issuer()),
                new DBParam(CertTypeEntity.VALIDITY, validity),
                new DBParam(CertTypeEntity.VERSION, 1L));
            return StoreResult.stored(1L);
          }
          CertTypeEntity row = rows[0];
          row.setName(type.name());
          row.setIssuer(type.issuer());
          row.setValidity(validity);
          row.setVersion(expectedVersion + 1);
          row.save();
          return StoreResult.stored(expectedVersion + 1);
        });
  }

  @Override
  public void addRequirement(Requirement r) {
    Objects.requireNonNull(r, "requirement");
    Need n = r.need();
    write(
        "requirement",
        () ->
            ao.create(
                RequirementEntity.class,
                new DBParam(RequirementEntity.SCOPE, r.scope().name()),
                new DBParam(RequirementEntity.SCOPE_KEY, r.scopeKey()),
                new DBParam(
                    RequirementEntity.SKILL_ID, n instanceof Need.SkillNeed s ? s.skillId() : null),
                new DBParam(
                    RequirementEntity.MIN_LEVEL, n instanceof Need.SkillNeed s ? s.minLevel() : 0),
                new DBParam(
                    RequirementEntity.CERT_TYPE_ID,
                    n instanceof Need.CertificationNeed c ? c.typeId() : null)));
  }

  @Override
  public void addCourse(Course course) {
    if (!tryAddCourse(course)) {
      throw new IllegalStateException("a course with id " + course.id() + " exists already");
    }
  }

  /**
   * Adds a course with what it grants.
   *
   * @return false when a course with its id exists already (nothing changed)
   */
  public boolean tryAddCourse(Course course) {
    Objects.requireNonNull(course, "course");
    return write(
        "course",
        () -> {
          if (ao.count(CourseEntity.class, CourseEntity.COURSE_ID + " = ?", course.id()) > 0) {
            return false;
          }
          ao.create(
              CourseEntity.class,
              new DBParam(CourseEntity.COURSE_ID, course.id()),
              new DBParam(CourseEntity.NAME, course.name()),
              new DBParam(CourseEntity.INTERNAL, course.internal()),
              new DBParam(CourseEntity.DURATION_SECONDS, course.durationSeconds()),
              new DBParam(CourseEntity.VERSION, 1L));
          for (Need.SkillNeed s : course.grantsSkills()) {
            ao.create(
                CourseGrantEntity.class,
                new DBParam(CourseGrantEntity.COURSE_ID, course.id()),
                new DBParam(CourseGrantEntity.SKILL_ID, s.skillId()),
                new DBParam(CourseGrantEntity.SKILL_LEVEL, s.minLevel()));
          }
          for (String t : course.grantsCertifications()) {
            ao.create(
                CourseGrantEntity.class,
                new DBParam(CourseGrantEntity.COURSE_ID, course.id()),
                new DBParam(CourseGrantEntity.CERT_TYPE_ID, t));
          }
          return true;
        });
  }

  @Override
  public void addSession(CourseSession session) {
    if (!tryAddSession(session)) {
      throw new IllegalStateException("a session with id " + session.id() + " exists already");
    }
  }

  /**
   * Adds a session of a course.
   *
   * @return false when a session with its id exists already (nothing changed)
   */
  public boolean tryAddSession(CourseSession s) {
    Objects.requireNonNull(s, "session");
    return write(
        "session",
        () -> {
          if (ao.count(CourseSessionEntity.class, CourseSessionEntity.SESSION_ID + " = ?", s.id())
              > 0) {
            return false;
          }
          ao.create(
              CourseSessionEntity.class,
              new DBParam(CourseSessionEntity.SESSION_ID, s.id()),
              new DBParam(CourseSessionEntity.COURSE_ID, s.courseId()),
              new DBParam(CourseSessionEntity.FIRST_DAY, text(s.first())),
              new DBParam(CourseSessionEntity.LAST_DAY, text(s.last())),
              new DBParam(CourseSessionEntity.SECONDS_PER_DAY, s.secondsPerDay().orElse(null)));
          return true;
        });
  }

  // ------------------------------------------------------------------------------ people

  @Override
  public Map<String, Held> held(Collection<String> personKeys) {
    List<String> keys = List.copyOf(new LinkedHashSet<>(personKeys));
    Map<String, List<PersonSkill>> skills = new HashMap<>();
    Map<String, List<PersonCertification>> certs = new HashMap<>();
    for (int from = 0; from < keys.size(); from += IN_CHUNK) {
      Object[] chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK)).toArray();
      for (PersonSkillEntity row :
          ao.find(
              PersonSkillEntity.class,
              Query.select()
                  .where(PersonSkillEntity.PERSON_KEY + " IN (" + marks(chunk.length) + ")", chunk)
                  .order(
                      PersonSkillEntity.SINCE + " ASC, " + PersonSkillEntity.SKILL_ID + " ASC"))) {
        PersonSkill s = read(PersonSkillEntity.TABLE, row, AoTrainingStore::personSkill);
        skills.computeIfAbsent(s.personKey(), k -> new ArrayList<>()).add(s);
      }
      for (PersonCertEntity row :
          ao.find(
              PersonCertEntity.class,
              Query.select()
                  .where(PersonCertEntity.PERSON_KEY + " IN (" + marks(chunk.length) + ")", chunk)
                  .order(
                      PersonCertEntity.ISSUED_ON + " ASC, " + PersonCertEntity.CERT_ID + " ASC"))) {
        PersonCertification c = read(PersonCertEntity.TABLE, row, AoTrainingStore::certification);
        certs.computeIfAbsent(c.personKey(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, Held> held = new LinkedHashMap<>();
    for (String k : keys) {
      held.put(k, new Held(k, skills.getOrDefault(k, List.of()), certs.getOrDefault(k, List.of())));
    }
    return held;
  }

  private static PersonSkill personSkill(PersonSkillEntity r) {
    return new PersonSkill(
        r.getPersonKey(),
        r.getSkillId(),
        r.getSkillLevel(),
        SkillSource.valueOf(r.getSource()),
        day(r.getSince()));
  }

  private static PersonCertification certification(PersonCertEntity r) {
    return new PersonCertification(
        r.getCertId(),
        r.getPersonKey(),
        r.getTypeId(),
        day(r.getIssuedOn()),
        Optional.ofNullable(day(r.getValidUntil())),
        Optional.ofNullable(r.getEvidence()));
  }

  private Optional<TrainingPersonEntity> personRow(String personKey) {
    TrainingPersonEntity[] rows =
        ao.find(TrainingPersonEntity.class, TrainingPersonEntity.PERSON_KEY + " = ?", personKey);
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  @Override
  public Optional<Person> person(String personKey) {
    if (personKey == null) {
      return Optional.empty();
    }
    return personRow(personKey)
        .map(r -> new Person(r.getPersonKey(), r.getManagerKey(), r.getTeam()));
  }

  @Override
  public List<String> teamMembers(String team, int startAt, int max) {
    if (team == null || max <= 0) {
      return List.of();
    }
    List<String> members = new ArrayList<>();
    for (TrainingPersonEntity row :
        ao.find(
            TrainingPersonEntity.class,
            Query.select()
                .where(TrainingPersonEntity.TEAM + " = ?", team)
                .order(TrainingPersonEntity.PERSON_KEY + " ASC")
                .offset(Math.max(0, startAt))
                .limit(max))) {
      members.add(row.getPersonKey());
    }
    return members;
  }

  @Override
  public int teamSize(String team) {
    return team == null
        ? 0
        : ao.count(TrainingPersonEntity.class, TrainingPersonEntity.TEAM + " = ?", team);
  }

  @Override
  public List<String> teams() {
    Set<String> teams = new TreeSet<>();
    for (TrainingPersonEntity row :
        ao.find(
            TrainingPersonEntity.class,
            Query.select().where(TrainingPersonEntity.TEAM + " IS NOT NULL"))) {
      teams.add(row.getTeam());
    }
    return List.copyOf(teams);
  }

  @Override
  public void savePerson(Person person) {
    Objects.requireNonNull(person, "person");
    write(
        "person",
        () -> {
          Optional<TrainingPersonEntity> row = personRow(person.personKey());
          if (row.isEmpty()) {
            ao.create(
                TrainingPersonEntity.class,
                new DBParam(TrainingPersonEntity.PERSON_KEY, person.personKey()),
                new DBParam(TrainingPersonEntity.MANAGER_KEY, person.managerKey()),
                new DBParam(TrainingPersonEntity.TEAM, person.team()));
          } else {
            row.get().setManagerKey(person.managerKey());
            row.get().setTeam(person.team());
            row.get().save();
          }
          return null;
        });
  }

  @Override
  public void addPersonSkill(PersonSkill s) {
    Objects.requireNonNull(s, "skill");
    write(
        "person-skill",
        () -> {
          PersonSkillEntity[] rows =
              ao.find(
                  PersonSkillEntity.class,
                  PersonSkillEntity.PERSON_KEY
                      + " = ? AND "
                      + PersonSkillEntity.SKILL_ID
                      + " = ? AND "
                      + PersonSkillEntity.SINCE
                      + " = ?",
                  s.personKey(),
                  s.skillId(),
                  text(s.since()));
          if (rows.length == 0) {
            ao.create(
                PersonSkillEntity.class,
                new DBParam(PersonSkillEntity.PERSON_KEY, s.personKey()),
                new DBParam(PersonSkillEntity.SKILL_ID, s.skillId()),
                new DBParam(PersonSkillEntity.SKILL_LEVEL, s.level()),
                new DBParam(PersonSkillEntity.SOURCE, s.source().name()),
                new DBParam(PersonSkillEntity.SINCE, text(s.since())));
          } else { // the same key replaces, as the sandbox's MERGE does
            rows[0].setSkillLevel(s.level());
            rows[0].setSource(s.source().name());
            rows[0].save();
          }
          return null;
        });
  }

  @Override
  public boolean addCertification(PersonCertification pc) {
    Objects.requireNonNull(pc, "certification");
    return write(
        "person-cert",
        () -> {
          if (ao.count(PersonCertEntity.class, PersonCertEntity.CERT_ID + " = ?", pc.id()) > 0) {
            return false;
          }
          ao.create(
              PersonCertEntity.class,
              new DBParam(PersonCertEntity.CERT_ID, pc.id()),
              new DBParam(PersonCertEntity.PERSON_KEY, pc.personKey()),
              new DBParam(PersonCertEntity.TYPE_ID, pc.typeId()),
              new DBParam(PersonCertEntity.ISSUED_ON, text(pc.issuedOn())),
              new DBParam(PersonCertEntity.VALID_UNTIL, text(pc.validUntil().orElse(null))),
              new DBParam(PersonCertEntity.EVIDENCE, pc.evidenceLink().orElse(null)),
              new DBParam(PersonCertEntity.VERSION, 1L));
          return true;
        });
  }

  @Override
  public List<Versioned<Enrolment>> enrolments(String personKey) {
    List<Versioned<Enrolment>> enrolments = new ArrayList<>();
    for (EnrolmentEntity row :
        ao.find(
            EnrolmentEntity.class,
            Query.select()
                .where(EnrolmentEntity.PERSON_KEY + " = ?", personKey)
                .order(EnrolmentEntity.ENROLMENT_ID + " ASC"))) {
      enrolments.add(read(EnrolmentEntity.TABLE, row, AoTrainingStore::enrolment));
    }
    return enrolments;
  }

  private static Versioned<Enrolment> enrolment(EnrolmentEntity r) {
    return Versioned.of(
        new Enrolment(
            r.getEnrolmentId(),
            r.getPersonKey(),
            r.getSessionId(),
            EnrolmentStatus.valueOf(r.getStatus())),
        r.getVersion());
  }

  private EnrolmentEntity[] enrolmentRows(String id) {
    return ao.find(EnrolmentEntity.class, EnrolmentEntity.ENROLMENT_ID + " = ?", id);
  }

  @Override
  public Optional<Versioned<Enrolment>> enrolment(String id) {
    if (id == null) {
      return Optional.empty();
    }
    EnrolmentEntity[] rows = enrolmentRows(id);
    return rows.length == 0
        ? Optional.empty()
        : Optional.of(read(EnrolmentEntity.TABLE, rows[0], AoTrainingStore::enrolment));
  }

  @Override
  public StoreResult<Long> saveEnrolment(Enrolment e, long expectedVersion) {
    Objects.requireNonNull(e, "enrolment");
    return write(
        "enrolment",
        () -> {
          EnrolmentEntity[] rows = enrolmentRows(e.id());
          Optional<StoreResult<Long>> refused =
              check(rows.length == 0 ? null : rows[0].getVersion(), expectedVersion);
          if (refused.isPresent()) {
            return refused.get();
          }
          if (rows.length == 0) {
            ao.create(
                EnrolmentEntity.class,
                new DBParam(EnrolmentEntity.ENROLMENT_ID, e.id()),
                new DBParam(EnrolmentEntity.PERSON_KEY, e.personKey()),
                new DBParam(EnrolmentEntity.SESSION_ID, e.sessionId()),
                new DBParam(EnrolmentEntity.STATUS, e.status().name()),
                new DBParam(EnrolmentEntity.VERSION, 1L));
            return StoreResult.stored(1L);
          }
          rows[0].setStatus(e.status().name());
          rows[0].setVersion(expectedVersion + 1);
          rows[0].save();
          return StoreResult.stored(expectedVersion + 1);
        });
  }

  @Override
  public List<PersonCertification> expiringBetween(
      LocalDate from, LocalDate to, int startAt, int max) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (max <= 0) {
      return List.of();
    }
    List<PersonCertification> found = new ArrayList<>();
    for (PersonCertEntity row :
        ao.find(
            PersonCertEntity.class,
            Query.select()
                .where(
                    PersonCertEntity.VALID_UNTIL
                        + " >= ? AND "
                        + PersonCertEntity.VALID_UNTIL
                        + " <= ?",
                    text(from),
                    text(to))
                .order(PersonCertEntity.VALID_UNTIL + " ASC, " + PersonCertEntity.CERT_ID + " ASC")
                .offset(Math.max(0, startAt))
                .limit(max))) {
      found.add(read(PersonCertEntity.TABLE, row, AoTrainingStore::certification));
    }
    return found;
  }

  @Override
  public Set<ExpiryReminders.SentKey> sentReminders(Collection<String> certificationIds) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(certificationIds));
    Set<ExpiryReminders.SentKey> sent = new HashSet<>();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      Object[] chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)).toArray();
      for (ReminderSentEntity row :
          ao.find(
              ReminderSentEntity.class,
              Query.select()
                  .where(
                      ReminderSentEntity.CERT_ID + " IN (" + marks(chunk.length) + ")", chunk))) {
        sent.add(new ExpiryReminders.SentKey(row.getCertId(), row.getThresholdDays()));
      }
    }
    return sent;
  }

  @Override
  public void markSent(List<ExpiryReminders.SentKey> sent, LocalDate day) {
    Objects.requireNonNull(day, "day");
    write(
        "reminder",
        () -> {
          for (ExpiryReminders.SentKey k : sent) {
            ReminderSentEntity[] rows =
                ao.find(
                    ReminderSentEntity.class,
                    ReminderSentEntity.CERT_ID
                        + " = ? AND "
                        + ReminderSentEntity.THRESHOLD_DAYS
                        + " = ?",
                    k.certificationId(),
                    k.thresholdDays());
            if (rows.length == 0) {
              ao.create(
                  ReminderSentEntity.class,
                  new DBParam(ReminderSentEntity.CERT_ID, k.certificationId()),
                  new DBParam(ReminderSentEntity.THRESHOLD_DAYS, k.thresholdDays()),
                  new DBParam(ReminderSentEntity.SENT_ON, text(day)));
            } else {
              rows[0].setSentOn(text(day));
              rows[0].save();
            }
          }
          return null;
        });
  }

  @Override
  public int erase(String personKey) {
    Objects.requireNonNull(personKey, "personKey");
    return write(
        "person",
        () -> {
          int changed = 0;
          PersonCertEntity[] certs =
              ao.find(PersonCertEntity.class, PersonCertEntity.PERSON_KEY + " = ?", personKey);
          for (PersonCertEntity cert : certs) {
            ReminderSentEntity[] sent =
                ao.find(
                    ReminderSentEntity.class,
                    ReminderSentEntity.CERT_ID + " = ?",
                    cert.getCertId());
            changed += sent.length;
            ao.delete(sent);
          }
          changed += certs.length;
          ao.delete(certs);
          changed += deleteAll(PersonSkillEntity.class, PersonSkillEntity.PERSON_KEY, personKey);
          changed += deleteAll(EnrolmentEntity.class, EnrolmentEntity.PERSON_KEY, personKey);
          changed +=
              deleteAll(TrainingPersonEntity.class, TrainingPersonEntity.PERSON_KEY, personKey);
          for (TrainingPersonEntity managed :
              ao.find(
                  TrainingPersonEntity.class,
                  TrainingPersonEntity.MANAGER_KEY + " = ?",
                  personKey)) {
            managed.setManagerKey(null);
            managed.save();
            changed++;
          }
          return changed;
        });
  }

  private <E extends RawEntity<Integer>> int deleteAll(Class<E> type, String column, String key) {
    E[] rows = ao.find(type, column + " = ?", key);
    ao.delete(rows);
    return rows.length;
  }
}
