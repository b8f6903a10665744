package io.lodestar.pmo.app.training.web;

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
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.CompetencyMatrix;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.TrainingCatalog;
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

  private final TrainingAccess access;
  private final TrainingService service;
  private final UserDirectory users;
  private final Texts texts;

  public TrainingPageController(
      TrainingAccess access, TrainingService service, UserDirectory users, Texts texts) {
    this.access = Objects.requireNonNull(access, "access");
    this.service = Objects.requireNonNull(service, "service");
    this.users = Objects.requireNonNull(users, "users");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /** The page, or the error page with the refusal's status. */
  public PageView show(String contextPath, Map<String, String[]> params) {
    WebText text = new WebText(texts);
    try {
      return page(contextPath, params, text);
    } catch (LodestarException refusal) {
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
  }

  private PageView page(String cp, Map<String, String[]> params, WebText text) {
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
      people.add(
          new TrainingPageView.PersonRow(
              key,
              name(key),
              held.get(key).certifications().stream()
                  .map(c -> certRow(c, catalog, today, text))
                  .toList()));
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
      for (String p : matrix.people()) {
        rows.add(
            new TrainingPageView.MatrixRow(
                name(p),
                matrix.skills().stream()
                    .map(
                        s ->
                            matrix
                                .cell(p, s)
                                .map(PersonSkill::level)
                                .map(String::valueOf)
                                .orElse(""))
                    .toList()));
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
            next);
    return new PageView(TEMPLATE, 200, Map.of("page", view, "text", text), List.of(RESOURCES));
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
