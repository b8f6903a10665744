package io.lodestar.pmo.app.training.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.training.AssignedWork;
import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.app.training.panel.QualificationValue;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.CompetencyMatrix;
import io.lodestar.pmo.engine.training.EnrolmentStatus;
import io.lodestar.pmo.engine.training.PassingGrants;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Qualification;
import io.lodestar.pmo.engine.training.QualificationFinding;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.SkillSource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Training and development: {@code /rest/lodestar/1.0/training}. The catalog is read by every
 * signed-in user and written by resource managers and PMO admins; a person's certificates, skills
 * and enrolments are read only by the person, their manager, resource managers and PMO admins (403
 * for anyone else); an issue's qualification by whoever may browse the issue (404 otherwise).
 */
@Path("training")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TrainingResource {

  /** Most people one matrix page holds. */
  public static final int MAX_MATRIX_PAGE = 100;

  static final String LEVEL_REQUIRED = "lodestar.training.rest.error.level";
  static final String ISSUE_NOT_FOUND = "lodestar.training.error.issueNotFound";
  static final String MATRIX_REFUSED = "lodestar.training.error.matrix";
  static final String SKILL_REFUSED = "lodestar.training.error.skillRefused";

  private final TrainingAccess access;
  private final TrainingService service;
  private final Texts texts;
  private final RestErrors errors;
  private final TrainingInput input;

  public TrainingResource(TrainingAccess access, TrainingService service, Texts texts) {
    this.access = Objects.requireNonNull(access, "access");
    this.service = Objects.requireNonNull(service, "service");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.errors = new RestErrors(texts);
    this.input = new TrainingInput(errors);
  }

  /** The skills catalog, certification types and courses. */
  @GET
  @Path("catalog")
  @LicensedOnly
  public TrainingJson.CatalogJson catalog() {
    access.guard().requireUser();
    TrainingStore store = service.store();
    return new TrainingJson.CatalogJson(
        store.skills().stream().map(TrainingJson.SkillJson::of).toList(),
        store.certificationTypes().stream().map(TrainingJson.CertificationTypeJson::of).toList(),
        store.courses().stream().map(v -> TrainingJson.CourseJson.of(v.value())).toList());
  }

  /** Creates (version 0) or updates a skill; resource managers and PMO admins. */
  @PUT
  @Path("skills/{id}")
  @LicensedOnly
  public TrainingJson.SkillJson putSkill(@PathParam("id") String id, TrainingJson.SkillJson body) {
    HostUser actor = access.requireResourceManager();
    TrainingJson.SkillJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    Map<String, String> sent = json.levels() == null ? Map.of() : json.levels();
    Skill skill = input.skill(id, json.name(), json.parentId(), l -> sent.get(String.valueOf(l)));
    if (sent.keySet().stream().anyMatch(k -> !k.matches("[1-5]"))) {
      throw errors.invalid("levels", LEVEL_REQUIRED, "1-5");
    }
    long stored = errors.unwrap(service.saveSkill(skill, version, actor.key()));
    return TrainingJson.SkillJson.of(Versioned.of(skill, stored));
  }

  /** Creates (version 0) or updates a certification type; resource managers and PMO admins. */
  @PUT
  @Path("certification-types/{id}")
  @LicensedOnly
  public TrainingJson.CertificationTypeJson putCertificationType(
      @PathParam("id") String id, TrainingJson.CertificationTypeJson body) {
    HostUser actor = access.requireResourceManager();
    TrainingJson.CertificationTypeJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    CertificationType type =
        input.certificationType(id, json.name(), json.issuer(), json.validity());
    long stored = errors.unwrap(service.saveCertificationType(type, version, actor.key()));
    return TrainingJson.CertificationTypeJson.of(Versioned.of(type, stored));
  }

  /** A person's training data: the person, their manager, resource managers and PMO admins. */
  @GET
  @Path("people/{personKey}")
  @LicensedOnly
  public TrainingJson.PersonJson person(@PathParam("personKey") String personKey) {
    access.requirePersonal(personKey);
    return TrainingJson.PersonJson.of(service.export(personKey));
  }

  /**
   * Records a certificate; resource managers and PMO admins. Without {@code validUntil} the type's
   * validity decides.
   */
  @POST
  @Path("people/{personKey}/certifications")
  @LicensedOnly
  public TrainingJson.CertificationJson addCertification(
      @PathParam("personKey") String personKey, TrainingJson.CertificationJson body) {
    HostUser actor = access.requireResourceManager();
    TrainingJson.CertificationJson json = errors.requireBody(body);
    PersonCertification cert =
        input.certification(
            personKey,
            json.id(),
            json.typeId(),
            json.issuedOn(),
            json.validUntil(),
            json.evidenceLink(),
            service.catalog());
    return TrainingJson.CertificationJson.of(
        errors.unwrap(service.addCertification(cert, actor.key())));
  }

  /**
   * Records a person's level of a skill as of today: self-assessed by the person, verified by their
   * manager, a resource manager or a PMO admin (403 for anyone else).
   */
  @POST
  @Path("people/{personKey}/skills")
  @LicensedOnly
  public TrainingJson.PersonSkillJson assessSkill(
      @PathParam("personKey") String personKey, TrainingJson.SkillLevelJson body) {
    HostUser actor = access.guard().requireUser();
    SkillSource source =
        access
            .skillSource(actor, personKey)
            .orElseThrow(() -> new AccessDeniedException(texts.text(SKILL_REFUSED)));
    TrainingJson.SkillLevelJson json = errors.requireBody(body);
    TrainingInput.SkillLevel sl = input.skillLevel(json.skillId(), json.level(), service.catalog());
    return TrainingJson.PersonSkillJson.of(
        errors.unwrap(
            service.assessSkill(personKey, sl.skillId(), sl.level(), source, actor.key())));
  }

  /** Adds a course; resource managers and PMO admins. 400 naming {@code id} when it exists. */
  @PUT
  @Path("courses/{id}")
  @LicensedOnly
  public TrainingJson.CourseJson addCourse(
      @PathParam("id") String id, TrainingJson.NewCourseJson body) {
    HostUser actor = access.requireResourceManager();
    TrainingJson.NewCourseJson json = errors.requireBody(body);
    return TrainingJson.CourseJson.of(
        errors.unwrap(
            service.addCourse(
                input.course(
                    id,
                    json.name(),
                    json.kind(),
                    json.hours(),
                    json.grantSkillId(),
                    json.grantLevel(),
                    json.grantTypeId(),
                    service.catalog()),
                actor.key())));
  }

  /** Adds a session of a course; resource managers and PMO admins. */
  @POST
  @Path("sessions")
  @LicensedOnly
  public TrainingJson.SessionJson addSession(TrainingJson.SessionJson body) {
    HostUser actor = access.requireResourceManager();
    TrainingJson.SessionJson json = errors.requireBody(body);
    return TrainingJson.SessionJson.of(
        errors.unwrap(
            service.addSession(
                input.session(
                    json.id(), json.courseId(), json.first(), json.last(), json.hoursPerDay()),
                actor.key())));
  }

  /** Plans a person's enrolment in a session; resource managers and PMO admins. */
  @POST
  @Path("enrolments")
  @LicensedOnly
  public TrainingJson.EnrolmentJson enrol(TrainingJson.NewEnrolmentJson body) {
    HostUser actor = access.requireResourceManager();
    TrainingJson.NewEnrolmentJson json = errors.requireBody(body);
    String person = input.requireText("personKey", json.personKey(), TrainingInput.MAX_TEXT);
    String session = input.requireText("sessionId", json.sessionId(), TrainingInput.MAX_ID);
    return TrainingJson.EnrolmentJson.of(
        Versioned.of(errors.unwrap(service.enrol(person, session, actor.key())), 1L));
  }

  /**
   * Changes an enrolment's status (resource managers and PMO admins); passing grants the course's
   * skills and certificates. 409 when {@code version} is stale.
   */
  @POST
  @Path("enrolments/{id}/status")
  @LicensedOnly
  public TrainingJson.GrantsJson setEnrolmentStatus(
      @PathParam("id") String id, TrainingJson.EnrolmentStatusJson body) {
    HostUser actor = access.requireResourceManager();
    TrainingJson.EnrolmentStatusJson json = errors.requireBody(body);
    EnrolmentStatus status = errors.requireEnum("status", json.status(), EnrolmentStatus.class);
    long version = errors.requireVersion("version", json.version());
    PassingGrants.Grants grants =
        errors.unwrap(service.setEnrolmentStatus(id, status, version, actor.key()));
    return new TrainingJson.GrantsJson(
        grants.skills().stream().map(TrainingJson.PersonSkillJson::of).toList(),
        grants.certifications().stream().map(TrainingJson.CertificationJson::of).toList());
  }

  /** The person's training plan: gaps for their open assigned work and suggested courses. */
  @GET
  @Path("people/{personKey}/plan")
  @LicensedOnly
  public TrainingJson.PlanJson plan(@PathParam("personKey") String personKey) {
    access.requirePersonal(personKey);
    return TrainingJson.PlanJson.of(service.plan(personKey), this::text);
  }

  /**
   * One page of a team's competency matrix: resource managers, PMO admins and the team's members.
   */
  @GET
  @Path("teams/{team}/matrix")
  @LicensedOnly
  public TrainingJson.MatrixJson matrix(
      @PathParam("team") String team,
      @QueryParam("startAt") String startAtRaw,
      @QueryParam("maxResults") String maxRaw) {
    HostUser viewer = access.guard().requireUser();
    int startAt = errors.intParam("startAt", startAtRaw, 0, 0, Integer.MAX_VALUE);
    int max = errors.intParam("maxResults", maxRaw, 50, 1, MAX_MATRIX_PAGE);
    boolean member =
        service.store().person(viewer.key()).map(p -> team.equals(p.team())).orElse(false);
    if (!access.isResourceManager(viewer) && !member) {
      throw new AccessDeniedException(texts.text(MATRIX_REFUSED));
    }
    CompetencyMatrix matrix = service.matrix(team, startAt, max);
    List<TrainingJson.MatrixRowJson> rows = new ArrayList<>();
    for (String p : matrix.people()) {
      rows.add(
          new TrainingJson.MatrixRowJson(
              p,
              matrix.skills().stream()
                  .map(s -> matrix.cell(p, s).map(PersonSkill::level).orElse(0))
                  .toList()));
    }
    return new TrainingJson.MatrixJson(
        team, startAt, service.store().teamSize(team), matrix.skills(), rows);
  }

  /** An issue's "Lodestar qualification": whoever may browse the issue. */
  @GET
  @Path("issues/{issueKey}/qualification")
  @LicensedOnly
  public TrainingJson.QualificationJson qualification(@PathParam("issueKey") String issueKey) {
    access.guard().requireUser();
    AssignedWork work =
        service
            .work()
            .byKey(issueKey)
            .filter(w -> access.guard().mayBrowse(w.work().projectKey()))
            .orElseThrow(() -> new NotFoundException(texts.text(ISSUE_NOT_FOUND, issueKey)));
    Qualification q = service.qualification(work);
    return new TrainingJson.QualificationJson(
        work.work().issueKey(),
        work.assigneeKey(),
        QualificationValue.of(q).map(QualificationValue::text).orElse(null),
        q.status().name(),
        q.findings().stream()
            .map(
                f ->
                    new TrainingJson.FindingJson(
                        f.status().name(), TrainingJson.NeedJson.of(f.need()), text(f)))
            .toList());
  }

  private String text(QualificationFinding f) {
    return texts.text(f.messageKey(), f.args().toArray());
  }
}
