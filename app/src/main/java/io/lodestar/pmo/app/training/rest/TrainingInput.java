package io.lodestar.pmo.app.training.rest;

import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.TrainingCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Turns what a REST body or a page form sent into the engine's training values, or throws a 400
 * naming the first wrong field: the REST resource and the page's forms check the same way.
 */
public final class TrainingInput {

  static final String REQUIRED = "lodestar.risk.rest.error.required";
  static final String NOT_A_PERIOD = "lodestar.training.rest.error.period";
  static final String LEVEL_REQUIRED = "lodestar.training.rest.error.level";
  static final String TOO_LONG = "lodestar.training.rest.error.tooLong";
  static final String BEFORE_ISSUE = "lodestar.training.rest.error.beforeIssue";
  static final String BEFORE_FIRST = "lodestar.training.rest.error.beforeFirst";
  static final String LINK = "lodestar.training.rest.error.link";
  static final String LEVEL_RANGE = "lodestar.training.rest.error.levelRange";
  static final String HOURS = "lodestar.training.rest.error.hours";
  static final String SKILL_NOT_FOUND = "lodestar.training.error.skillNotFound";
  static final String TYPE_NOT_FOUND = "lodestar.training.error.certificationTypeNotFound";
  static final int MAX_ID = 64;
  static final int MAX_TEXT = 255;
  private static final BigDecimal MAX_COURSE_HOURS = BigDecimal.valueOf(10_000);
  private static final BigDecimal MAX_DAY_HOURS = BigDecimal.valueOf(24);

  private final RestErrors errors;

  public TrainingInput(RestErrors errors) {
    this.errors = Objects.requireNonNull(errors, "errors");
  }

  /** The errors, for the callers' own checks. */
  public RestErrors errors() {
    return errors;
  }

  /**
   * A skill; {@code level} gives the text sent for each level 1..5.
   *
   * @throws InvalidInputException naming {@code id}, {@code name} or {@code levels.N}
   */
  public Skill skill(String id, String name, String parentId, IntFunction<String> level) {
    String skillId = requireText("id", id, MAX_ID);
    String skillName = requireText("name", name, MAX_TEXT);
    Map<Integer, String> levels = new HashMap<>();
    for (int l = Skill.MIN_LEVEL; l <= Skill.MAX_LEVEL; l++) {
      String text = level.apply(l);
      if (text == null || text.isBlank()) {
        throw errors.invalid("levels." + l, LEVEL_REQUIRED, l);
      }
      levels.put(l, requireText("levels." + l, text, 1000));
    }
    Optional<String> parent =
        Optional.ofNullable(parentId).map(String::strip).filter(p -> !p.isEmpty());
    return new Skill(skillId, skillName, parent, levels);
  }

  /**
   * A certification type; a blank validity: it never expires.
   *
   * @throws InvalidInputException naming {@code id}, {@code name}, {@code issuer} or {@code
   *     validity}
   */
  public CertificationType certificationType(
      String id, String name, String issuer, String validity) {
    String typeId = requireText("id", id, MAX_ID);
    String typeName = requireText("name", name, MAX_TEXT);
    String typeIssuer = requireText("issuer", issuer, MAX_TEXT);
    Optional<Period> period = Optional.empty();
    if (validity != null && !validity.isBlank()) {
      try {
        Period p = Period.parse(validity.strip());
        if (p.isNegative() || p.isZero()) {
          throw errors.invalid("validity", NOT_A_PERIOD, validity);
        }
        period = Optional.of(p);
      } catch (DateTimeParseException e) {
        throw errors.invalid("validity", NOT_A_PERIOD, validity);
      }
    }
    return new CertificationType(typeId, typeName, typeIssuer, period);
  }

  /**
   * A person's certificate; without {@code validUntil} the type's validity decides; a blank id: a
   * new random one.
   *
   * @throws InvalidInputException naming {@code typeId}, {@code issuedOn}, {@code validUntil},
   *     {@code evidenceLink} or {@code id}
   */
  public PersonCertification certification(
      String personKey,
      String id,
      String typeId,
      String issuedOn,
      String validUntil,
      String evidenceLink,
      TrainingCatalog catalog) {
    String person = requireText("personKey", personKey, MAX_TEXT);
    String type = requireText("typeId", typeId, MAX_ID);
    LocalDate issued = errors.dateParam("issuedOn", issuedOn);
    if (issued == null) {
      throw errors.invalid("issuedOn", REQUIRED);
    }
    LocalDate until = errors.dateParam("validUntil", validUntil);
    if (until != null && until.isBefore(issued)) {
      throw errors.invalid("validUntil", BEFORE_ISSUE, issued);
    }
    CertificationType certType =
        catalog
            .certificationType(type)
            .orElseThrow(() -> errors.invalid("typeId", TYPE_NOT_FOUND, type));
    String certId =
        id == null || id.isBlank() ? UUID.randomUUID().toString() : requireText("id", id, 128);
    String evidence = evidenceLink == null ? "" : evidenceLink.strip();
    if (!evidence.isEmpty() && !evidence.matches("(?i)https?://\\S{1,1990}")) {
      throw errors.invalid("evidenceLink", LINK);
    }
    PersonCertification issuedCert =
        PersonCertification.issued(certId, person, certType, issued, evidence);
    return until == null
        ? issuedCert
        : new PersonCertification(
            certId, person, type, issued, Optional.of(until), issuedCert.evidenceLink());
  }

  /**
   * A skill id of the catalog and a level 1..5.
   *
   * @throws InvalidInputException naming {@code skillId} or {@code level}
   */
  public SkillLevel skillLevel(String skillId, String level, TrainingCatalog catalog) {
    String id = requireText("skillId", skillId, MAX_ID);
    if (catalog.skills().skill(id).isEmpty()) {
      throw errors.invalid("skillId", SKILL_NOT_FOUND, id);
    }
    int l = level(("level"), level);
    return new SkillLevel(id, l);
  }

  /** A skill and a level. */
  public record SkillLevel(String skillId, int level) {}

  /**
   * A course granting at most one skill (at a level) and one certificate.
   *
   * @throws InvalidInputException naming {@code id}, {@code name}, {@code kind}, {@code hours},
   *     {@code grantSkillId}, {@code grantLevel} or {@code grantTypeId}
   */
  public Course course(
      String id,
      String name,
      String kind,
      String hours,
      String grantSkillId,
      String grantLevel,
      String grantTypeId,
      TrainingCatalog catalog) {
    String courseId = requireText("id", id, MAX_ID);
    String courseName = requireText("name", name, MAX_TEXT);
    boolean internal;
    String k = kind == null ? "" : kind.strip().toLowerCase(java.util.Locale.ROOT);
    if (k.equals("internal")) {
      internal = true;
    } else if (k.equals("external")) {
      internal = false;
    } else {
      throw errors.invalid("kind", "lodestar.risk.rest.error.notOneOf", kind, "internal, external");
    }
    long seconds = hoursToSeconds("hours", hours, MAX_COURSE_HOURS, true);
    List<Need.SkillNeed> skills = List.of();
    if (grantSkillId != null && !grantSkillId.isBlank()) {
      String s = grantSkillId.strip();
      if (catalog.skills().skill(s).isEmpty()) {
        throw errors.invalid("grantSkillId", SKILL_NOT_FOUND, s);
      }
      skills = List.of(new Need.SkillNeed(s, level("grantLevel", grantLevel)));
    }
    List<String> certs = List.of();
    if (grantTypeId != null && !grantTypeId.isBlank()) {
      String t = grantTypeId.strip();
      if (catalog.certificationType(t).isEmpty()) {
        throw errors.invalid("grantTypeId", TYPE_NOT_FOUND, t);
      }
      certs = List.of(t);
    }
    return new Course(courseId, courseName, internal, seconds, skills, certs);
  }

  /**
   * A session of {@code courseId} (which the caller checks exists); blank hours per day: the
   * person's working day. A blank id: a new random one.
   *
   * @throws InvalidInputException naming {@code id}, {@code courseId}, {@code first}, {@code last}
   *     or {@code hoursPerDay}
   */
  public CourseSession session(
      String id, String courseId, String first, String last, String hoursPerDay) {
    String sessionId =
        id == null || id.isBlank() ? UUID.randomUUID().toString() : requireText("id", id, MAX_ID);
    String course = requireText("courseId", courseId, MAX_ID);
    LocalDate from = errors.dateParam("first", first);
    if (from == null) {
      throw errors.invalid("first", REQUIRED);
    }
    LocalDate to = errors.dateParam("last", last);
    if (to == null) {
      throw errors.invalid("last", REQUIRED);
    }
    if (to.isBefore(from)) {
      throw errors.invalid("last", BEFORE_FIRST, from);
    }
    Optional<Integer> perDay = Optional.empty();
    if (hoursPerDay != null && !hoursPerDay.isBlank()) {
      perDay = Optional.of((int) hoursToSeconds("hoursPerDay", hoursPerDay, MAX_DAY_HOURS, true));
    }
    return new CourseSession(sessionId, course, from, to, perDay);
  }

  /** A required text, stripped, at most {@code max} characters. */
  public String requireText(String field, String raw, int max) {
    if (raw == null || raw.isBlank()) {
      throw errors.invalid(field, REQUIRED);
    }
    String v = raw.strip();
    if (v.length() > max) {
      throw errors.invalid(field, TOO_LONG, max);
    }
    return v;
  }

  private int level(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw errors.invalid(field, REQUIRED);
    }
    try {
      int l = Integer.parseInt(raw.strip());
      if (l >= Skill.MIN_LEVEL && l <= Skill.MAX_LEVEL) {
        return l;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw errors.invalid(field, LEVEL_RANGE, raw.strip());
  }

  private long hoursToSeconds(String field, String raw, BigDecimal max, boolean required) {
    if (raw == null || raw.isBlank()) {
      if (required) {
        throw errors.invalid(field, REQUIRED);
      }
      return 0;
    }
    try {
      BigDecimal h = new BigDecimal(raw.strip());
      if (h.signum() > 0 && h.compareTo(max) <= 0) {
        long seconds = h.multiply(BigDecimal.valueOf(3600)).longValue();
        if (seconds > 0) {
          return seconds;
        }
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw errors.invalid(field, HOURS, raw.strip(), max);
  }
}
