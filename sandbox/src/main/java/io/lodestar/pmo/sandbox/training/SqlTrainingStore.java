package io.lodestar.pmo.sandbox.training;

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
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link TrainingStore} on the sandbox's SQL store (the {@code training_*} tables of V12). */
public final class SqlTrainingStore implements TrainingStore {

  /** Most person keys one {@code IN} list binds. */
  static final int IN_CHUNK = 500;

  private final SandboxStore store;

  public SqlTrainingStore(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return store.inTransaction(c -> query(c, sql, mapper, args));
  }

  private static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
      return rows;
    }
  }

  private int update(String sql, Object... args) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
          }
        });
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof LocalDate d) {
        Sql.date(ps, i + 1, d);
      } else if (a instanceof NullOf n) {
        ps.setNull(i + 1, n.sqlType);
      } else {
        ps.setObject(i + 1, a);
      }
    }
  }

  /** A typed SQL NULL argument. */
  private record NullOf(int sqlType) {}

  private static Object str(String v) {
    return v == null ? new NullOf(java.sql.Types.VARCHAR) : v;
  }

  private static Object date(LocalDate v) {
    return v == null ? new NullOf(java.sql.Types.DATE) : v;
  }

  private static Object integer(Integer v) {
    return v == null ? new NullOf(java.sql.Types.INTEGER) : v;
  }

  // ------------------------------------------------------------------------------ catalog

  @Override
  public List<Versioned<Skill>> skills() {
    return query(
        "SELECT id, name, parent_id, level1, level2, level3, level4, level5, version FROM"
            + " training_skill ORDER BY id",
        rs ->
            Versioned.of(
                new Skill(
                    rs.getString(1),
                    rs.getString(2),
                    Optional.ofNullable(rs.getString(3)),
                    Map.of(
                        1, rs.getString(4),
                        2, rs.getString(5),
                        3, rs.getString(6),
                        4, rs.getString(7),
                        5, rs.getString(8))),
                rs.getLong(9)));
  }

  @Override
  public List<Versioned<CertificationType>> certificationTypes() {
    return query(
        "SELECT id, name, issuer, validity, version FROM training_cert_type ORDER BY id",
        rs ->
            Versioned.of(
                new CertificationType(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    Optional.ofNullable(rs.getString(4)).map(Period::parse)),
                rs.getLong(5)));
  }

  @Override
  public List<Requirement> requirements() {
    return query(
        "SELECT scope, scope_key, skill_id, min_level, cert_type_id FROM training_requirement"
            + " ORDER BY id",
        rs ->
            new Requirement(
                Requirement.Scope.valueOf(rs.getString(1)),
                rs.getString(2),
                rs.getString(3) != null
                    ? new Need.SkillNeed(rs.getString(3), rs.getInt(4))
                    : new Need.CertificationNeed(rs.getString(5))));
  }

  @Override
  public List<Versioned<Course>> courses() {
    return store.inTransaction(
        c -> {
          Map<String, List<Need.SkillNeed>> skills = new HashMap<>();
          Map<String, List<String>> certs = new HashMap<>();
          for (Object[] g :
              query(
                  c,
                  "SELECT course_id, skill_id, level, cert_type_id FROM training_course_grant"
                      + " ORDER BY id",
                  rs ->
                      new Object[] {
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)
                      })) {
            String course = (String) g[0];
            if (g[1] != null) {
              skills
                  .computeIfAbsent(course, k -> new ArrayList<>())
                  .add(new Need.SkillNeed((String) g[1], (Integer) g[2]));
            } else {
              certs.computeIfAbsent(course, k -> new ArrayList<>()).add((String) g[3]);
            }
          }
          return query(
              c,
              "SELECT id, name, internal, duration_seconds, version FROM training_course ORDER BY"
                  + " id",
              rs ->
                  Versioned.of(
                      new Course(
                          rs.getString(1),
                          rs.getString(2),
                          rs.getBoolean(3),
                          rs.getLong(4),
                          skills.getOrDefault(rs.getString(1), List.of()),
                          certs.getOrDefault(rs.getString(1), List.of())),
                      rs.getLong(5)));
        });
  }

  @Override
  public List<CourseSession> sessions() {
    return query(
        "SELECT id, course_id, first_day, last_day, seconds_per_day FROM training_session ORDER BY"
            + " first_day, id",
        rs -> {
          int perDay = rs.getInt(5);
          boolean whole = rs.wasNull();
          return new CourseSession(
              rs.getString(1),
              rs.getString(2),
              Sql.date(rs, "first_day"),
              Sql.date(rs, "last_day"),
              whole ? Optional.empty() : Optional.of(perDay));
        });
  }

  @Override
  public StoreResult<Long> saveSkill(Skill skill, long expectedVersion) {
    return save(
        "training_skill",
        skill.id(),
        expectedVersion,
        "INSERT INTO training_skill (id, name, parent_id, level1, level2, level3, level4, level5,"
            + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
        "UPDATE training_skill SET name = ?, parent_id = ?, level1 = ?, level2 = ?, level3 = ?,"
            + " level4 = ?, level5 = ?, version = version + 1 WHERE id = ? AND version = ?",
        new Object[] {
          skill.name(),
          str(skill.parentId().orElse(null)),
          skill.levels().get(1),
          skill.levels().get(2),
          skill.levels().get(3),
          skill.levels().get(4),
          skill.levels().get(5)
        });
  }

  @Override
  public StoreResult<Long> saveCertificationType(CertificationType type, long expectedVersion) {
    return save(
        "training_cert_type",
        type.id(),
        expectedVersion,
        "INSERT INTO training_cert_type (id, name, issuer, validity, version) VALUES (?, ?, ?, ?,"
            + " 1)",
        "UPDATE training_cert_type SET name = ?, issuer = ?, validity = ?, version = version + 1"
            + " WHERE id = ? AND version = ?",
        new Object[] {
          type.name(), type.issuer(), str(type.validity().map(Period::toString).orElse(null))
        });
  }

  /** Insert (expected 0) or versioned update of a row whose id comes first in the insert. */
  private StoreResult<Long> save(
      String table, String id, long expected, String insert, String update, Object[] values) {
    return store.inTransaction(
        c -> {
          List<Long> current =
              query(c, "SELECT version FROM " + table + " WHERE id = ?", rs -> rs.getLong(1), id);
          if (expected == Versioned.NEW) {
            if (!current.isEmpty()) {
              return StoreResult.<Long>conflict(expected, current.get(0));
            }
            Object[] args = new Object[values.length + 1];
            args[0] = id;
            System.arraycopy(values, 0, args, 1, values.length);
            try (PreparedStatement ps = c.prepareStatement(insert)) {
              bind(ps, args);
              ps.executeUpdate();
            }
            return StoreResult.stored(1L);
          }
          if (current.isEmpty()) {
            return StoreResult.<Long>missing();
          }
          if (current.get(0) != expected) {
            return StoreResult.<Long>conflict(expected, current.get(0));
          }
          Object[] args = new Object[values.length + 2];
          System.arraycopy(values, 0, args, 0, values.length);
          args[values.length] = id;
          args[values.length + 1] = expected;
          try (PreparedStatement ps = c.prepareStatement(update)) {
            bind(ps, args);
            if (ps.executeUpdate() != 1) {
              return StoreResult.<Long>conflict(expected, current.get(0));
            }
          }
          return StoreResult.stored(expected + 1);
        });
  }

  @Override
  public void addRequirement(Requirement r) {
    Need n = r.need();
    update(
        "INSERT INTO training_requirement (scope, scope_key, skill_id, min_level, cert_type_id)"
            + " VALUES (?, ?, ?, ?, ?)",
        r.scope().name(),
        r.scopeKey(),
        str(n instanceof Need.SkillNeed s ? s.skillId() : null),
        integer(n instanceof Need.SkillNeed s ? s.minLevel() : null),
        str(n instanceof Need.CertificationNeed cn ? cn.typeId() : null));
  }

  /** Adds a course with what it grants (demo data and tests). */
  @Override
  public void addCourse(Course course) {
    store.inTransaction(
        c -> {
          update(
              "INSERT INTO training_course (id, name, internal, duration_seconds, version) VALUES"
                  + " (?, ?, ?, ?, 1)",
              course.id(),
              course.name(),
              course.internal(),
              course.durationSeconds());
          for (Need.SkillNeed s : course.grantsSkills()) {
            update(
                "INSERT INTO training_course_grant (course_id, skill_id, level) VALUES (?, ?, ?)",
                course.id(),
                s.skillId(),
                s.minLevel());
          }
          for (String t : course.grantsCertifications()) {
            update(
                "INSERT INTO training_course_grant (course_id, cert_type_id) VALUES (?, ?)",
                course.id(),
                t);
          }
          return null;
        });
  }

  /** Adds a session (demo data and tests). */
  @Override
  public void addSession(CourseSession s) {
    update(
        "INSERT INTO training_session (id, course_id, first_day, last_day, seconds_per_day) VALUES"
            + " (?, ?, ?, ?, ?)",
        s.id(),
        s.courseId(),
        s.first(),
        s.last(),
        integer(s.secondsPerDay().orElse(null)));
  }

  // ------------------------------------------------------------------------------ people

  @Override
  public Map<String, Held> held(Collection<String> personKeys) {
    List<String> keys = List.copyOf(new java.util.LinkedHashSet<>(personKeys));
    Map<String, List<PersonSkill>> skills = new HashMap<>();
    Map<String, List<PersonCertification>> certs = new HashMap<>();
    store.inTransaction(
        c -> {
          for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            Object[] args = chunk.toArray();
            String in = Sql.marks(chunk.size());
            for (PersonSkill s :
                query(
                    c,
                    "SELECT person_key, skill_id, level, source, since FROM training_person_skill"
                        + " WHERE person_key IN ("
                        + in
                        + ") ORDER BY since, skill_id",
                    rs ->
                        new PersonSkill(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3),
                            SkillSource.valueOf(rs.getString(4)),
                            Sql.date(rs, "since")),
                    args)) {
              skills.computeIfAbsent(s.personKey(), k -> new ArrayList<>()).add(s);
            }
            for (PersonCertification pc :
                query(
                    c,
                    CERT_COLUMNS + " WHERE person_key IN (" + in + ") ORDER BY issued_on, id",
                    SqlTrainingStore::certification,
                    args)) {
              certs.computeIfAbsent(pc.personKey(), k -> new ArrayList<>()).add(pc);
            }
          }
          return null;
        });
    Map<String, Held> held = new LinkedHashMap<>();
    for (String k : keys) {
      held.put(k, new Held(k, skills.getOrDefault(k, List.of()), certs.getOrDefault(k, List.of())));
    }
    return held;
  }

  private static final String CERT_COLUMNS =
      "SELECT id, person_key, type_id, issued_on, valid_until, evidence FROM training_person_cert";

  private static PersonCertification certification(ResultSet rs) throws SQLException {
    return new PersonCertification(
        rs.getString("id"),
        rs.getString("person_key"),
        rs.getString("type_id"),
        Sql.date(rs, "issued_on"),
        Optional.ofNullable(Sql.date(rs, "valid_until")),
        Optional.ofNullable(rs.getString("evidence")));
  }

  @Override
  public Optional<Person> person(String personKey) {
    return query(
            "SELECT person_key, manager_key, team FROM training_person WHERE person_key = ?",
            rs -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)),
            personKey)
        .stream()
        .findFirst();
  }

  @Override
  public List<String> teamMembers(String team, int startAt, int max) {
    return query(
        "SELECT person_key FROM training_person WHERE team = ? ORDER BY person_key LIMIT ? OFFSET"
            + " ?",
        rs -> rs.getString(1),
        team,
        max,
        startAt);
  }

  @Override
  public int teamSize(String team) {
    return query("SELECT COUNT(*) FROM training_person WHERE team = ?", rs -> rs.getInt(1), team)
        .get(0);
  }

  @Override
  public List<String> teams() {
    return query(
        "SELECT DISTINCT team FROM training_person WHERE team IS NOT NULL ORDER BY team",
        rs -> rs.getString(1));
  }

  @Override
  public void savePerson(Person person) {
    update(
        "MERGE INTO training_person (person_key, manager_key, team) KEY (person_key) VALUES (?, ?,"
            + " ?)",
        person.personKey(),
        str(person.managerKey()),
        str(person.team()));
  }

  @Override
  public void addPersonSkill(PersonSkill s) {
    update(
        "MERGE INTO training_person_skill (person_key, skill_id, level, source, since) KEY"
            + " (person_key, skill_id, since) VALUES (?, ?, ?, ?, ?)",
        s.personKey(),
        s.skillId(),
        s.level(),
        s.source().name(),
        s.since());
  }

  @Override
  public boolean addCertification(PersonCertification pc) {
    return store.inTransaction(
        c -> {
          if (!query(
                  c, "SELECT 1 FROM training_person_cert WHERE id = ?", rs -> rs.getInt(1), pc.id())
              .isEmpty()) {
            return false;
          }
          update(
              "INSERT INTO training_person_cert (id, person_key, type_id, issued_on, valid_until,"
                  + " evidence, version) VALUES (?, ?, ?, ?, ?, ?, 1)",
              pc.id(),
              pc.personKey(),
              pc.typeId(),
              pc.issuedOn(),
              date(pc.validUntil().orElse(null)),
              str(pc.evidenceLink().orElse(null)));
          return true;
        });
  }

  @Override
  public List<Versioned<Enrolment>> enrolments(String personKey) {
    return query(
        "SELECT id, person_key, session_id, status, version FROM training_enrolment WHERE"
            + " person_key = ? ORDER BY id",
        SqlTrainingStore::enrolment,
        personKey);
  }

  private static Versioned<Enrolment> enrolment(ResultSet rs) throws SQLException {
    return Versioned.of(
        new Enrolment(
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            EnrolmentStatus.valueOf(rs.getString(4))),
        rs.getLong(5));
  }

  @Override
  public Optional<Versioned<Enrolment>> enrolment(String id) {
    return query(
            "SELECT id, person_key, session_id, status, version FROM training_enrolment WHERE id ="
                + " ?",
            SqlTrainingStore::enrolment,
            id)
        .stream()
        .findFirst();
  }

  @Override
  public StoreResult<Long> saveEnrolment(Enrolment e, long expectedVersion) {
    return store.inTransaction(
        c -> {
          Optional<Versioned<Enrolment>> current = enrolment(e.id());
          if (expectedVersion == Versioned.NEW) {
            if (current.isPresent()) {
              return StoreResult.<Long>conflict(expectedVersion, current.get().version());
            }
            update(
                "INSERT INTO training_enrolment (id, person_key, session_id, status, version)"
                    + " VALUES (?, ?, ?, ?, 1)",
                e.id(),
                e.personKey(),
                e.sessionId(),
                e.status().name());
            return StoreResult.stored(1L);
          }
          if (current.isEmpty()) {
            return StoreResult.<Long>missing();
          }
          if (current.get().version() != expectedVersion) {
            return StoreResult.<Long>conflict(expectedVersion, current.get().version());
          }
          update(
              "UPDATE training_enrolment SET status = ?, version = version + 1 WHERE id = ? AND"
                  + " version = ?",
              e.status().name(),
              e.id(),
              expectedVersion);
          return StoreResult.stored(expectedVersion + 1);
        });
  }

  @Override
  public List<PersonCertification> expiringBetween(
      LocalDate from, LocalDate to, int startAt, int max) {
    return query(
        CERT_COLUMNS
            + " WHERE valid_until BETWEEN ? AND ? ORDER BY valid_until, id LIMIT ? OFFSET ?",
        SqlTrainingStore::certification,
        from,
        to,
        max,
        startAt);
  }

  @Override
  public Set<ExpiryReminders.SentKey> sentReminders(Collection<String> certificationIds) {
    List<String> ids = List.copyOf(certificationIds);
    Set<ExpiryReminders.SentKey> sent = new HashSet<>();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      sent.addAll(
          query(
              "SELECT cert_id, threshold_days FROM training_reminder_sent WHERE cert_id IN ("
                  + Sql.marks(chunk.size())
                  + ")",
              rs -> new ExpiryReminders.SentKey(rs.getString(1), rs.getInt(2)),
              chunk.toArray()));
    }
    return sent;
  }

  @Override
  public void markSent(List<ExpiryReminders.SentKey> sent, LocalDate day) {
    store.inTransaction(
        c -> {
          for (ExpiryReminders.SentKey k : sent) {
            update(
                "MERGE INTO training_reminder_sent (cert_id, threshold_days, sent_on) KEY (cert_id,"
                    + " threshold_days) VALUES (?, ?, ?)",
                k.certificationId(),
                k.thresholdDays(),
                day);
          }
          return null;
        });
  }

  @Override
  public int erase(String personKey) {
    return store.inTransaction(
        c ->
            update(
                    "DELETE FROM training_reminder_sent WHERE cert_id IN (SELECT id FROM"
                        + " training_person_cert WHERE person_key = ?)",
                    personKey)
                + update("DELETE FROM training_person_cert WHERE person_key = ?", personKey)
                + update("DELETE FROM training_person_skill WHERE person_key = ?", personKey)
                + update("DELETE FROM training_enrolment WHERE person_key = ?", personKey)
                + update("DELETE FROM training_person WHERE person_key = ?", personKey)
                + update(
                    "UPDATE training_person SET manager_key = NULL WHERE manager_key = ?",
                    personKey));
  }
}
