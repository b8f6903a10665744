package io.lodestar.pmo.app.training;

import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Enrolment;
import io.lodestar.pmo.engine.training.ExpiryReminders;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.engine.training.Skill;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the training data (the sandbox: its SQL store; Jira: Active Objects). Every write is called
 * inside the caller's transaction ({@link io.lodestar.pmo.engine.shared.Transactions}), so that the
 * write and its audit entry commit together. Versions start at 1; {@link Versioned#NEW} (0) as the
 * expected version creates. Person keys are host user keys.
 */
public interface TrainingStore {

  /** Who manages a person and which team they are in; both may be null. */
  record Person(String personKey, String managerKey, String team) {}

  /** The whole skills catalog (a few hundred rows at most), by id. */
  List<Versioned<Skill>> skills();

  /** Every certification type, by id. */
  List<Versioned<CertificationType>> certificationTypes();

  /** Every requirement on work. */
  List<Requirement> requirements();

  /** Every course, by id. */
  List<Versioned<Course>> courses();

  /** Every session, by first day. */
  List<CourseSession> sessions();

  /**
   * Creates ({@code expectedVersion} 0) or updates the skill.
   *
   * @return the stored version; missing when updating an absent skill; a conflict when stale or
   *     when creating an existing one
   */
  StoreResult<Long> saveSkill(Skill skill, long expectedVersion);

  /** As {@link #saveSkill}, for a certification type. */
  StoreResult<Long> saveCertificationType(CertificationType type, long expectedVersion);

  /** Adds a requirement. */
  void addRequirement(Requirement requirement);

  /** Adds a course with its grants (its id is new: the caller checks). */
  void addCourse(Course course);

  /** Adds a session of an existing course (its id is new: the caller checks). */
  void addSession(CourseSession session);

  /** What each of {@code personKeys} holds (an entry for every key, empty when nothing). */
  Map<String, Held> held(Collection<String> personKeys);

  /** The person's manager and team; empty when not recorded. */
  Optional<Person> person(String personKey);

  /** The members of {@code team} by key, {@code startAt} on, at most {@code max}. */
  List<String> teamMembers(String team, int startAt, int max);

  /** How many people {@code team} has. */
  int teamSize(String team);

  /** Every team name, in order. */
  List<String> teams();

  /** Records the person's manager and team (replacing what was recorded). */
  void savePerson(Person person);

  /** Adds a skill holding. */
  void addPersonSkill(PersonSkill skill);

  /** Adds a certificate; false when one with its id exists already (nothing changed). */
  boolean addCertification(PersonCertification certification);

  /** A person's enrolments. */
  List<Versioned<Enrolment>> enrolments(String personKey);

  /** One enrolment. */
  Optional<Versioned<Enrolment>> enrolment(String id);

  /** Creates ({@code expectedVersion} 0) or updates an enrolment. */
  StoreResult<Long> saveEnrolment(Enrolment enrolment, long expectedVersion);

  /**
   * Certificates whose last valid day is within {@code from .. to}, soonest first, {@code startAt}
   * on, at most {@code max}.
   */
  List<PersonCertification> expiringBetween(LocalDate from, LocalDate to, int startAt, int max);

  /** The expiry reminders already sent for {@code certificationIds}. */
  Set<ExpiryReminders.SentKey> sentReminders(Collection<String> certificationIds);

  /** Marks reminders as sent on {@code day}. */
  void markSent(List<ExpiryReminders.SentKey> sent, LocalDate day);

  /**
   * Deletes every row of the person (skills, certificates and their reminders, enrolments, manager
   * and team), and clears them as the manager of others.
   *
   * @return how many rows were deleted or cleared
   */
  int erase(String personKey);
}
