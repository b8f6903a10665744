package io.lodestar.pmo.app.training.web;

import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.risk.web.ErrorPageView;
import io.lodestar.pmo.app.risk.web.PageView;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.app.training.rest.TrainingInput;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.CompetencyMatrix;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Enrolment;
import io.lodestar.pmo.engine.training.EnrolmentStatus;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.SkillSource;
import io.lodestar.pmo.engine.training.TrainingCatalog;
import io.lodestar.pmo.engine.training.TrainingPlanner;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /plugins/servlet/lodestar/training}: the "Skills & certifications" page. Parameters:
 * {@code person} (a user key: that person's certificates, for who may see them; else 403), {@code
 * team} (the matrix's team; the viewer's own by default) and {@code startAt} (the matrix's page).
 * Every list is bounded: {@value #MATRIX_PAGE} people a matrix page, {@value #EXPIRING_LIMIT}
 * expiring certificates.
 */
public final class TrainingPageController {

  public static final String TEMPLATE = "templates/training/page.vm";
  public static final String PATH = "/plugins/servlet/lodestar/training";
  static final String ERROR_TEMPLATE = "templates/risk/error.vm";

  /** The web resource of the page (the risk pages' stylesheet). */
  static final String RESOURCES = "risk-audit-resources";

  static final int MATRIX_PAGE = 20;
  static final int EXPIRING_DAYS = 90;
  static final int EXPIRING_LIMIT = 50;
  static final int MANAGED_LIMIT = 50;
  static final String SAVED = "lodestar.training.page.saved";
  static final String FORM_ERROR = "lodestar.training.page.formError";
  static final String UNKNOWN_ACTION = "lodestar.training.error.unknownAction";
  static final String SKILL_REFUSED = "lodestar.training.error.skillRefused";
  static final String CERT_COLUMN = "lodestar.training.page.certColumn";
  static final String CLOSES = "lodestar.training.page.closes";

  private final TrainingAccess access;
  private final TrainingService service;
  private final UserDirectory users;
  private final Texts texts;
  private final RestErrors errors;
  private final TrainingInput input;

  public TrainingPageController(
      TrainingAccess access, TrainingService service, UserDirectory users, Texts texts) {
    this.access = Objects.requireNonNull(access, "access");
    this.service = Objects.requireNonNull(service, "service");
    this.users = Objects.requireNonNull(users, "users");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.errors = new RestErrors(texts);
    this.input = new TrainingInput(errors);
  }

  /** The page, or the error page with the refusal's status. */
  public PageView show(String contextPath, Map<String, String[]> params) {
    WebText text = new WebText(texts);
    try {
      String saved = param(params, "saved");
      return page(contextPath, params, text, saved == null ? "" : text.get(SAVED), false, 200);
    } catch (LodestarException refusal) {
      return error(refusal, text);
    }
  }

  /** The outcome of a form post: a redirect (saved) or the page with why not. */
  public record Result(String redirect, PageView page) {
    public boolean isRedirect() {
      return redirect != null;
    }
  }

  /**
   * A form post ({@code action} skill, certType, cert, assess, course, session, enrol or status):
   * saved, a redirect back to the page (with the person shown); not saved, the page again with the
   * refusal's status (400 naming the field, 403, 404, 409) and nothing changed.
   */
  public Result post(String contextPath, Map<String, String[]> params) {
    WebText text = new WebText(texts);
    String person;
    try {
      person = apply(params);
    } catch (LodestarException refusal) {
      if (refusal.status() == 401) {
        return new Result(null, error(refusal, text));
      }
      String why = refusal.getMessage();
      if (!refusal.fieldErrors().isEmpty()) {
        why =
            refusal.fieldErrors().stream()
                .map(f -> f.field() + ": " + f.message())
                .collect(java.util.stream.Collectors.joining("; "));
      }
      try {
        return new Result(
            null,
            page(contextPath, params, text, text.format(FORM_ERROR, why), true, refusal.status()));
      } catch (LodestarException again) {
        return new Result(null, error(again, text));
      }
    }
    String url =
        contextPath
            + PATH
            + "?saved=1"
            + (person == null
                ? ""
                : "&person=" + URLEncoder.encode(person, StandardCharsets.UTF_8));
    String team = param(params, "team");
    if (team != null) {
      url += "&team=" + URLEncoder.encode(team, StandardCharsets.UTF_8);
    }
    return new Result(url, null);
  }

  /** Applies a form; returns the person to show afterwards (null: the viewer). */
  private String apply(Map<String, String[]> p) {
    String action = Objects.toString(param(p, "action"), "");
    String person = param(p, "person");
    switch (action) {
      case "skill" -> {
        HostUser actor = access.requireResourceManager();
        long version = errors.requireVersion("version", param(p, "version"));
        Skill skill =
            input.skill(
                param(p, "id"), param(p, "name"), param(p, "parentId"), l -> param(p, "level" + l));
        errors.unwrap(service.saveSkill(skill, version, actor.key()));
        return person;
      }
      case "certType" -> {
        HostUser actor = access.requireResourceManager();
        long version = errors.requireVersion("version", param(p, "version"));
        CertificationType type =
            input.certificationType(
                param(p, "id"), param(p, "name"), param(p, "issuer"), param(p, "validity"));
        errors.unwrap(service.saveCertificationType(type, version, actor.key()));
        return person;
      }
      case "cert" -> {
        HostUser actor = access.requireResourceManager();
        PersonCertification cert =
            input.certification(
                person,
                null,
                param(p, "typeId"),
                param(p, "issuedOn"),
                param(p, "validUntil"),
                param(p, "evidenceLink"),
                service.catalog());
        errors.unwrap(service.addCertification(cert, actor.key()));
        return person;
      }
      case "assess" -> {
        HostUser actor = access.guard().requireUser();
        String who = input.requireText("person", person, 255);
        SkillSource source =
            access
                .skillSource(actor, who)
                .orElseThrow(
                    () ->
                        new io.lodestar.pmo.app.shared.error.AccessDeniedException(
                            texts.text(SKILL_REFUSED)));
        TrainingInput.SkillLevel sl =
            input.skillLevel(param(p, "skillId"), param(p, "level"), service.catalog());
        errors.unwrap(service.assessSkill(who, sl.skillId(), sl.level(), source, actor.key()));
        return who;
      }
      case "course" -> {
        HostUser actor = access.requireResourceManager();
        errors.unwrap(
            service.addCourse(
                input.course(
                    param(p, "id"),
                    param(p, "name"),
                    param(p, "kind"),
                    param(p, "hours"),
                    param(p, "grantSkillId"),
                    param(p, "grantLevel"),
                    param(p, "grantTypeId"),
                    service.catalog()),
                actor.key()));
        return person;
      }
      case "session" -> {
        HostUser actor = access.requireResourceManager();
        errors.unwrap(
            service.addSession(
                input.session(
                    null,
                    param(p, "courseId"),
                    param(p, "first"),
                    param(p, "last"),
                    param(p, "hoursPerDay")),
                actor.key()));
        return person;
      }
      case "enrol" -> {
        HostUser actor = access.requireResourceManager();
        String who = input.requireText("person", person, 255);
        String session = input.requireText("sessionId", param(p, "sessionId"), 64);
        errors.unwrap(service.enrol(who, session, actor.key()));
        return who;
      }
      case "status" -> {
        HostUser actor = access.requireResourceManager();
        String id = input.requireText("enrolment", param(p, "enrolment"), 64);
        EnrolmentStatus status =
            errors.requireEnum("status", param(p, "status"), EnrolmentStatus.class);
        long version = errors.requireVersion("version", param(p, "version"));
        errors.unwrap(service.setEnrolmentStatus(id, status, version, actor.key()));
        return person;
      }
      default -> throw errors.invalid("action", UNKNOWN_ACTION, action);
    }
  }

  private PageView error(LodestarException refusal, WebText text) {
    String title =
        switch (refusal.status()) {
          case 401 -> "lodestar.risk.web.error.401";
          case 403 -> "lodestar.risk.web.error.403";
          case 404 -> "lodestar.risk.web.error.404";
          default -> "lodestar.risk.web.error.400";
        };
    return new PageView(
        ERROR_TEMPLATE,
        refusal.status(),
        Map.of(
            "error",
            new ErrorPageView(text.get(title), String.valueOf(refusal.getMessage())),
            "text",
            text));
  }

  private PageView page(
      String cp,
      Map<String, String[]> params,
      WebText text,
      String message,
      boolean error,
      int status) {
    HostUser viewer = access.guard().requireUser();
    boolean manager = access.isResourceManager(viewer);
    String chosen = param(params, "person");
    if (chosen != null) {
      access.requirePersonal(chosen);
    }
    TrainingStore store = service.store();
    TrainingCatalog catalog = service.catalog();
    LocalDate today = service.today();

    // the people whose certificates are shown: a chosen person, else the viewer and whom they
    // manage (a resource manager sees everyone's through the expiring list and ?person=)
    Set<String> shown = new LinkedHashSet<>();
    if (chosen != null) {
      shown.add(chosen);
    } else {
      shown.add(viewer.key());
    }
    Map<String, Held> held = store.held(shown);
    List<TrainingPageView.PersonRow> people = new ArrayList<>();
    for (String key : shown) {
      people.add(personRow(key, held.get(key), viewer, catalog, today, text));
    }
    List<TrainingPageView.CertRow> expiring = new ArrayList<>();
    for (PersonCertification c :
        store.expiringBetween(today, today.plusDays(EXPIRING_DAYS), 0, EXPIRING_LIMIT * 4)) {
      if (expiring.size() < EXPIRING_LIMIT && access.maySeePersonal(viewer, c.personKey())) {
        expiring.add(certRow(c, catalog, today, text));
      }
    }

    Optional<TrainingStore.Person> self = store.person(viewer.key());
    String team =
        Objects.toString(param(params, "team"), self.map(TrainingStore.Person::team).orElse(""));
    if (team == null) {
      team = "";
    }
    boolean mayOpenTeam =
        manager || (!team.isEmpty() && self.map(p -> p.team()).filter(team::equals).isPresent());
    List<TrainingPageView.TeamLink> teams = new ArrayList<>();
    for (String t :
        manager
            ? store.teams()
            : self.map(p -> p.team()).stream().filter(Objects::nonNull).toList()) {
      teams.add(new TrainingPageView.TeamLink(t, teamUrl(cp, t, 0), t.equals(team)));
    }
    List<String> matrixSkills = new ArrayList<>();
    List<TrainingPageView.MatrixRow> rows = new ArrayList<>();
    String summary = "";
    String previous = "";
    String next = "";
    if (!team.isEmpty() && !mayOpenTeam) {
      throw new io.lodestar.pmo.app.shared.error.AccessDeniedException(
          texts.text("lodestar.training.error.matrix"));
    }
    if (!team.isEmpty()) {
      int startAt = startAt(param(params, "startAt"));
      int total = store.teamSize(team);
      CompetencyMatrix matrix = service.matrix(team, startAt, MATRIX_PAGE);
      for (String s : matrix.skills()) {
        matrixSkills.add(catalog.skills().name(s));
      }
      List<CertificationType> certTypes =
          store.certificationTypes().stream().map(Versioned::value).toList();
      for (CertificationType t : certTypes) {
        matrixSkills.add(text.format(CERT_COLUMN, t.name()));
      }
      Map<String, Held> memberHeld = store.held(matrix.people());
      for (String p : matrix.people()) {
        List<String> cells = new ArrayList<>();
        for (String s : matrix.skills()) {
          cells.add(matrix.cell(p, s).map(PersonSkill::level).map(String::valueOf).orElse(""));
        }
        boolean personal = access.maySeePersonal(viewer, p);
        List<TrainingPageView.Option> certs = new ArrayList<>();
        for (CertificationType t : certTypes) {
          certs.add(
              new TrainingPageView.Option(
                  t.id(), personal ? certCell(memberHeld.get(p), t.id(), today) : ""));
        }
        rows.add(new TrainingPageView.MatrixRow(p, name(p), cells, certs));
      }
      summary =
          total == 0
              ? text.get("lodestar.training.page.matrix.empty")
              : text.format2(
                  "lodestar.training.page.matrix.summary",
                  (startAt + 1) + "–" + (startAt + rows.size()),
                  total);
      previous = startAt == 0 ? "" : teamUrl(cp, team, Math.max(0, startAt - MATRIX_PAGE));
      next = startAt + rows.size() >= total ? "" : teamUrl(cp, team, startAt + rows.size());
    }

    TrainingPageView view =
        new TrainingPageView(
            viewer.displayName(),
            manager,
            store.skills().stream().map(v -> skillRow(v.value(), catalog)).toList(),
            store.certificationTypes().stream().map(v -> typeRow(v.value(), text)).toList(),
            store.courses().stream()
                .map(Versioned::value)
                .map(c -> courseRow(c, catalog, text))
                .toList(),
            people,
            expiring,
            team,
            teams,
            matrixSkills,
            rows,
            summary,
            previous,
            next,
            message,
            error,
            cp + PATH,
            options(catalog, text),
            cp + "/rest/lodestar/1.0/training/export/",
            "?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8));
    return new PageView(TEMPLATE, status, Map.of("page", view, "text", text), List.of(RESOURCES));
  }

  private TrainingPageView.PersonRow personRow(
      String key,
      Held held,
      HostUser viewer,
      TrainingCatalog catalog,
      LocalDate today,
      WebText text) {
    List<TrainingPageView.HeldSkillRow> skills = new ArrayList<>();
    for (PersonSkill s : held.skills()) {
      skills.add(
          new TrainingPageView.HeldSkillRow(
              catalog.skills().name(s.skillId()),
              s.level(),
              text.get("lodestar.training.page.source." + s.source().name()),
              s.since().toString()));
    }
    Map<String, CourseSession> sessions = new java.util.HashMap<>();
    service.store().sessions().forEach(x -> sessions.put(x.id(), x));
    Map<String, String> courseNames = new java.util.HashMap<>();
    service.store().courses().forEach(c -> courseNames.put(c.value().id(), c.value().name()));
    List<TrainingPageView.EnrolmentRow> enrolments = new ArrayList<>();
    for (Versioned<Enrolment> v : service.store().enrolments(key)) {
      Enrolment e = v.value();
      CourseSession session = sessions.get(e.sessionId());
      enrolments.add(
          new TrainingPageView.EnrolmentRow(
              e.id(),
              session == null ? "" : courseNames.getOrDefault(session.courseId(), ""),
              session == null ? e.sessionId() : session.first() + " – " + session.last(),
              e.status().name(),
              text.get("lodestar.training.page.status." + e.status().name()),
              v.version()));
    }
    TrainingPlanner.PersonPlan plan = service.plan(key);
    List<String> gaps =
        plan.gaps().stream()
            .map(g -> texts.text(g.finding().messageKey(), g.finding().args().toArray()))
            .toList();
    List<String> suggestions = new ArrayList<>();
    for (TrainingPlanner.Suggestion sg : plan.suggestions()) {
      List<String> closes = new ArrayList<>();
      for (Need n : sg.closes()) {
        closes.add(
            n instanceof Need.SkillNeed sn
                ? catalog.skills().name(sn.skillId()) + " " + sn.minLevel()
                : catalog.certificationName(((Need.CertificationNeed) n).typeId()));
      }
      suggestions.add(sg.course().name() + " — " + text.format(CLOSES, String.join(", ", closes)));
    }
    String assess =
        access
            .skillSource(viewer, key)
            .map(
                src ->
                    text.get(
                        src == SkillSource.SELF_ASSESSED
                            ? "lodestar.training.page.form.assessSelf"
                            : "lodestar.training.page.form.assess"))
            .orElse("");
    return new TrainingPageView.PersonRow(
        key,
        name(key),
        held.certifications().stream().map(c -> certRow(c, catalog, today, text)).toList(),
        skills,
        enrolments,
        gaps,
        suggestions,
        assess);
  }

  /** The last valid day of the person's valid certificate of the type, "✓" if it never ends. */
  private static String certCell(Held held, String typeId, LocalDate today) {
    if (held == null) {
      return "";
    }
    Optional<PersonCertification> best =
        held.certifications().stream()
            .filter(c -> c.typeId().equals(typeId) && c.validOn(today))
            .max(java.util.Comparator.comparing(c -> c.validUntil().orElse(LocalDate.MAX)));
    return best.map(c -> c.validUntil().map(Object::toString).orElse("✓")).orElse("");
  }

  private TrainingPageView.Options options(TrainingCatalog catalog, WebText text) {
    TrainingStore store = service.store();
    Map<String, String> courseNames = new java.util.HashMap<>();
    store.courses().forEach(c -> courseNames.put(c.value().id(), c.value().name()));
    List<TrainingPageView.Option> statuses = new ArrayList<>();
    for (EnrolmentStatus st : EnrolmentStatus.values()) {
      statuses.add(
          new TrainingPageView.Option(
              st.name(), text.get("lodestar.training.page.status." + st.name())));
    }
    return new TrainingPageView.Options(
        store.skills().stream()
            .map(v -> new TrainingPageView.Option(v.value().id(), v.value().name()))
            .toList(),
        store.certificationTypes().stream()
            .map(v -> new TrainingPageView.Option(v.value().id(), v.value().name()))
            .toList(),
        store.courses().stream()
            .map(v -> new TrainingPageView.Option(v.value().id(), v.value().name()))
            .toList(),
        store.sessions().stream()
            .map(
                x ->
                    new TrainingPageView.Option(
                        x.id(),
                        courseNames.getOrDefault(x.courseId(), x.courseId())
                            + ": "
                            + x.first()
                            + " – "
                            + x.last()))
            .toList(),
        statuses);
  }

  private TrainingPageView.CertRow certRow(
      PersonCertification c, TrainingCatalog catalog, LocalDate today, WebText text) {
    String state;
    if (!c.validOn(today)) {
      state = "expired";
    } else if (c.validUntil().map(u -> !u.isAfter(today.plusDays(EXPIRING_DAYS))).orElse(false)) {
      state = "expiring";
    } else {
      state = "valid";
    }
    return new TrainingPageView.CertRow(
        name(c.personKey()),
        catalog.certificationName(c.typeId()),
        c.issuedOn().toString(),
        c.validUntil().map(Object::toString).orElse(text.get("lodestar.training.page.noExpiry")),
        state,
        c.evidenceLink().orElse(""));
  }

  private static TrainingPageView.SkillRow skillRow(Skill s, TrainingCatalog catalog) {
    List<String> levels = new ArrayList<>();
    for (int l = Skill.MIN_LEVEL; l <= Skill.MAX_LEVEL; l++) {
      levels.add(s.levels().get(l));
    }
    return new TrainingPageView.SkillRow(
        s.id(), s.name(), s.parentId().map(p -> catalog.skills().name(p)).orElse(""), levels);
  }

  private static TrainingPageView.TypeRow typeRow(CertificationType t, WebText text) {
    return new TrainingPageView.TypeRow(
        t.id(),
        t.name(),
        t.issuer(),
        t.validity().map(Object::toString).orElse(text.get("lodestar.training.page.noExpiry")));
  }

  private static TrainingPageView.CourseRow courseRow(
      Course c, TrainingCatalog catalog, WebText text) {
    List<String> grants = new ArrayList<>();
    c.grantsSkills()
        .forEach(g -> grants.add(catalog.skills().name(g.skillId()) + " " + g.minLevel()));
    c.grantsCertifications().forEach(t -> grants.add(catalog.certificationName(t)));
    return new TrainingPageView.CourseRow(
        c.id(),
        c.name(),
        text.get(
            c.internal() ? "lodestar.training.page.internal" : "lodestar.training.page.external"),
        BigDecimal.valueOf(c.durationSeconds())
            .divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP)
            .toPlainString(),
        String.join(", ", grants));
  }

  private String name(String key) {
    return users.byKey(key).map(HostUser::displayName).orElse(key);
  }

  private static String teamUrl(String cp, String team, int startAt) {
    return cp
        + PATH
        + "?team="
        + URLEncoder.encode(team, StandardCharsets.UTF_8)
        + (startAt > 0 ? "&startAt=" + startAt : "");
  }

  private static String param(Map<String, String[]> params, String name) {
    String[] v = params.get(name);
    return v == null || v.length == 0 || v[0].isBlank() ? null : v[0].strip();
  }

  private static int startAt(String raw) {
    try {
      return raw == null ? 0 : Math.max(0, Math.min(1_000_000, Integer.parseInt(raw)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
