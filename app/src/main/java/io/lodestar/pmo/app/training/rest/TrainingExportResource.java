package io.lodestar.pmo.app.training.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.risk.rest.RiskCsvResource;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.export.ExportFormat;
import io.lodestar.pmo.app.shared.export.TableSink;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.CompetencyMatrix;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Enrolment;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.TrainingCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * CSV and XLSX exports of the training tables: {@code training/export/{table}.csv|xlsx} with table
 * {@code skills} (the catalog, with its five level texts), {@code certification-types}, {@code
 * courses} (with sessions), {@code person-skills}, {@code certifications}, {@code enrolments} and
 * {@code matrix} ({@code ?team=}: a team's competency matrix, skills and certificates). Signed in;
 * the personal tables hold only the rows of people the viewer may see (themselves, whom they
 * manage; everyone for resource managers and PMO admins): how many people were left out is in
 * {@code X-Lodestar-Hidden-Count}; the matrix as on the page (its members, resource managers, PMO
 * admins; certificates only of those the viewer may see). At most {@value #MAX_PEOPLE} people, read
 * {@value #PAGE} at a time. Every check comes before the first byte.
 */
@Path("training/export")
@LicensedOnly
public final class TrainingExportResource {

  /** Most people one export reads. */
  public static final int MAX_PEOPLE = 10_000;

  static final int PAGE = 500;
  static final List<String> TABLES =
      List.of(
          "skills",
          "certification-types",
          "courses",
          "person-skills",
          "certifications",
          "enrolments",
          "matrix");
  static final String UNKNOWN_TABLE = "lodestar.training.export.error.table";
  static final String UNKNOWN_FORMAT = "lodestar.portfolio.export.error.format";

  private final TrainingAccess access;
  private final TrainingService service;
  private final Texts texts;
  private final RestErrors errors;

  public TrainingExportResource(TrainingAccess access, TrainingService service, Texts texts) {
    this.access = Objects.requireNonNull(access, "access");
    this.service = Objects.requireNonNull(service, "service");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.errors = new RestErrors(texts);
  }

  /** One table as an attachment. */
  @GET
  @Path("{table}.{format}")
  @LicensedOnly
  public Response export(
      @PathParam("table") String table,
      @PathParam("format") String rawFormat,
      @QueryParam("team") String team) {
    HostUser viewer = access.guard().requireUser();
    ExportFormat format =
        ExportFormat.ofExtension(rawFormat)
            .orElseThrow(() -> errors.invalid("format", UNKNOWN_FORMAT, rawFormat));
    if (!TABLES.contains(table)) {
      throw errors.invalid("table", UNKNOWN_TABLE, table, String.join(", ", TABLES));
    }
    TrainingStore store = service.store();
    TrainingCatalog catalog = service.catalog();
    Exported exported =
        switch (table) {
          case "skills" -> new Exported(0, sink -> skills(sink, store));
          case "certification-types" -> new Exported(0, sink -> types(sink, store));
          case "courses" -> new Exported(0, sink -> courses(sink, store, catalog));
          case "matrix" -> matrix(viewer, team, store, catalog);
          default -> personal(viewer, table, store, catalog);
        };
    StreamingOutput body =
        out -> {
          try (TableSink sink = format.open(out, table, texts.text(NOTES))) {
            exported.table().write(sink);
          }
        };
    return Response.ok(body, format.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"training-" + table + "." + format.extension() + "\"")
        .header(RiskCsvResource.HIDDEN_COUNT_HEADER, Long.toString(exported.hidden()))
        .build();
  }

  static final String NOTES = "lodestar.training.export.notes";

  private interface Table {
    void write(TableSink sink) throws IOException;
  }

  private record Exported(long hidden, Table table) {}

  private static void skills(TableSink sink, TrainingStore store) throws IOException {
    sink.header(
        List.of("id", "name", "parentId", "level1", "level2", "level3", "level4", "level5"));
    for (Versioned<Skill> v : store.skills()) {
      Skill s = v.value();
      List<Object> row = new ArrayList<>(List.of(s.id(), s.name(), s.parentId().orElse("")));
      for (int l = Skill.MIN_LEVEL; l <= Skill.MAX_LEVEL; l++) {
        row.add(s.levels().get(l));
      }
      sink.row(row);
    }
  }

  private static void types(TableSink sink, TrainingStore store) throws IOException {
    sink.header(List.of("id", "name", "issuer", "validity"));
    for (Versioned<CertificationType> v : store.certificationTypes()) {
      CertificationType t = v.value();
      sink.row(
          List.of(t.id(), t.name(), t.issuer(), t.validity().map(Object::toString).orElse("")));
    }
  }

  private static void courses(TableSink sink, TrainingStore store, TrainingCatalog catalog)
      throws IOException {
    sink.header(List.of("id", "name", "kind", "hours", "grants", "sessions"));
    Map<String, List<String>> sessions = new HashMap<>();
    for (CourseSession s : store.sessions()) {
      sessions
          .computeIfAbsent(s.courseId(), k -> new ArrayList<>())
          .add(s.first() + ".." + s.last());
    }
    for (Versioned<Course> v : store.courses()) {
      Course c = v.value();
      List<String> grants = new ArrayList<>();
      for (Need.SkillNeed g : c.grantsSkills()) {
        grants.add(catalog.skills().name(g.skillId()) + " " + g.minLevel());
      }
      c.grantsCertifications().forEach(t -> grants.add(catalog.certificationName(t)));
      sink.row(
          List.of(
              c.id(),
              c.name(),
              c.internal() ? "internal" : "external",
              hours(c.durationSeconds()),
              String.join(", ", grants),
              String.join(", ", sessions.getOrDefault(c.id(), List.of()))));
    }
  }

  private Exported personal(
      HostUser viewer, String table, TrainingStore store, TrainingCatalog catalog) {
    // who the viewer may see: everyone (resource managers, PMO admins) or themselves and whom
    // they manage, among the people recorded in teams, read a page at a time
    Set<String> people = new LinkedHashSet<>();
    long hidden = 0;
    boolean everyone = access.isResourceManager(viewer);
    people.add(viewer.key());
    outer:
    for (String team : store.teams()) {
      for (int start = 0; ; start += PAGE) {
        List<String> page = store.teamMembers(team, start, PAGE);
        for (String p : page) {
          if (people.contains(p)) {
            continue;
          }
          if (everyone || access.maySeePersonal(viewer, p)) {
            if (people.size() >= MAX_PEOPLE) {
              break outer;
            }
            people.add(p);
          } else {
            hidden++;
          }
        }
        if (page.size() < PAGE) {
          break;
        }
      }
    }
    List<String> keys = List.copyOf(people);
    Table t =
        switch (table) {
          case "person-skills" ->
              sink -> {
                sink.header(List.of("person", "skillId", "skill", "level", "source", "since"));
                for (Held h : held(store, keys)) {
                  for (PersonSkill s : h.skills()) {
                    sink.row(
                        List.of(
                            s.personKey(),
                            s.skillId(),
                            catalog.skills().name(s.skillId()),
                            s.level(),
                            s.source().name(),
                            s.since().toString()));
                  }
                }
              };
          case "certifications" ->
              sink -> {
                sink.header(
                    List.of(
                        "person", "id", "typeId", "type", "issuedOn", "validUntil", "evidence"));
                for (Held h : held(store, keys)) {
                  for (PersonCertification c : h.certifications()) {
                    sink.row(
                        List.of(
                            c.personKey(),
                            c.id(),
                            c.typeId(),
                            catalog.certificationName(c.typeId()),
                            c.issuedOn().toString(),
                            c.validUntil().map(Object::toString).orElse(""),
                            c.evidenceLink().orElse("")));
                  }
                }
              };
          default ->
              sink -> {
                sink.header(List.of("person", "id", "sessionId", "status"));
                for (String p : keys) {
                  for (Versioned<Enrolment> e : store.enrolments(p)) {
                    sink.row(
                        List.of(
                            p, e.value().id(), e.value().sessionId(), e.value().status().name()));
                  }
                }
              };
        };
    long hiddenPeople = hidden;
    return new Exported(
        hiddenPeople,
        sink -> {
          t.write(sink);
          sink.note(texts.text("lodestar.training.export.hidden"), hiddenPeople);
        });
  }

  private static List<Held> held(TrainingStore store, List<String> keys) {
    List<Held> all = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += PAGE) {
      List<String> page = keys.subList(i, Math.min(keys.size(), i + PAGE));
      Map<String, Held> held = store.held(page);
      for (String k : page) {
        all.add(held.get(k));
      }
    }
    return all;
  }

  private Exported matrix(
      HostUser viewer, String team, TrainingStore store, TrainingCatalog catalog) {
    if (team == null || team.isBlank()) {
      throw errors.invalid("team", "lodestar.risk.rest.error.required");
    }
    String t = team.strip();
    boolean member = store.person(viewer.key()).map(p -> t.equals(p.team())).orElse(false);
    if (!access.isResourceManager(viewer) && !member) {
      throw new AccessDeniedException(texts.text("lodestar.training.error.matrix"));
    }
    List<Versioned<CertificationType>> types = store.certificationTypes();
    return new Exported(
        0,
        sink -> {
          List<String> header = new ArrayList<>(List.of("person"));
          List<String> skillIds = store.skills().stream().map(s -> s.value().id()).toList();
          skillIds.forEach(s -> header.add(catalog.skills().name(s)));
          types.forEach(ct -> header.add(ct.value().name()));
          sink.header(header);
          int total = Math.min(store.teamSize(t), MAX_PEOPLE);
          for (int start = 0; start < total; start += PAGE) {
            CompetencyMatrix m = service.matrix(t, start, Math.min(PAGE, total - start));
            Map<String, Held> held = store.held(m.people());
            for (String p : m.people()) {
              List<Object> row = new ArrayList<>();
              row.add(p);
              for (String s : skillIds) {
                row.add(m.cell(p, s).map(PersonSkill::level).orElse(null));
              }
              boolean personal = access.maySeePersonal(viewer, p);
              for (Versioned<CertificationType> ct : types) {
                row.add(
                    personal
                        ? held.get(p).certifications().stream()
                            .filter(
                                c ->
                                    c.typeId().equals(ct.value().id())
                                        && c.validOn(service.today()))
                            .map(c -> c.validUntil().map(Object::toString).orElse("✓"))
                            .findFirst()
                            .orElse("")
                        : "");
              }
              sink.row(row);
            }
            if (m.people().isEmpty()) {
              break;
            }
          }
        });
  }

  private static BigDecimal hours(long seconds) {
    return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
  }
}
