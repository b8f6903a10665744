package io.lodestar.pmo.app.capacity.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.capacity.CapacityParams;
import io.lodestar.pmo.app.capacity.CapacityViews;
import io.lodestar.pmo.app.capacity.port.CapacityStore;
import io.lodestar.pmo.app.capacity.rest.CapacityJson.AbsenceJson;
import io.lodestar.pmo.app.capacity.rest.CapacityJson.ChangeJson;
import io.lodestar.pmo.app.capacity.rest.CapacityJson.DrillJson;
import io.lodestar.pmo.app.capacity.rest.CapacityJson.FreeSearchJson;
import io.lodestar.pmo.app.capacity.rest.CapacityJson.HeatMapJson;
import io.lodestar.pmo.app.capacity.rest.CapacityJson.SavedJson;
import io.lodestar.pmo.app.capacity.rest.CapacityJson.TeamJson;
import io.lodestar.pmo.app.capacity.rest.CapacityJson.WhatIfJson;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.risk.rest.RiskCsvResource;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.capacity.FreeCapacitySearch;
import io.lodestar.pmo.engine.capacity.Period;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Capacity: {@code /rest/lodestar/1.0/capacity}. Reads need a signed-in user (a project's heat map
 * BROWSE on it, a hidden project is a 404); a person's absences are personal data (403 for others
 * than the person, their team lead, resource managers and PMO admins). Writes carry the XSRF token;
 * absence writes need a resource manager or PMO admin, carry the version edited (409 when stale)
 * and are audited; a saved what-if needs permission to edit each issue and the version read. Load
 * counts only the work of projects the viewer may browse; {@code hiddenCount} says how many work
 * items were left out (CSV: the {@code X-Lodestar-Hidden-Count} header).
 */
@Path("capacity")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CapacityResource {

  static final String TEXT_CSV = "text/csv";

  private final CapacityViews views;
  private final RestErrors errors;

  public CapacityResource(CapacityViews views, Texts texts) {
    this.views = Objects.requireNonNull(views, "views");
    this.errors = new RestErrors(texts);
  }

  @GET
  @Path("teams")
  @LicensedOnly
  public List<TeamJson> teams() {
    return views.teams().stream().map(TeamJson::of).toList();
  }

  /** A page of the heat map of {@code team} or {@code project}. */
  @GET
  @Path("heatmap")
  @LicensedOnly
  public HeatMapJson heatMap(
      @QueryParam("team") String team,
      @QueryParam("project") String project,
      @QueryParam("from") String from,
      @QueryParam("weeks") String weeks,
      @QueryParam("startAt") String startAt,
      @QueryParam("period") String period,
      @QueryParam("days") String days,
      @QueryParam("months") String months) {
    CapacityViews.Scope scope = CapacityParams.scope(errors, team, project);
    Period p = CapacityParams.period(errors, period);
    String count =
        switch (p) {
          case DAY -> days;
          case ISO_WEEK -> weeks;
          case MONTH -> months;
        };
    return HeatMapJson.of(
        views.heatMap(
            scope,
            p,
            CapacityParams.from(errors, from, views.thisWeek()),
            CapacityParams.count(errors, p, count),
            CapacityParams.startAt(errors, startAt),
            List.of()));
  }

  /** The heat-map page as CSV: one row per person-week. */
  @GET
  @Path("heatmap.csv")
  @Produces(TEXT_CSV)
  @LicensedOnly
  public Response heatMapCsv(
      @QueryParam("team") String team,
      @QueryParam("project") String project,
      @QueryParam("from") String from,
      @QueryParam("weeks") String weeks,
      @QueryParam("startAt") String startAt,
      @QueryParam("period") String period,
      @QueryParam("days") String days,
      @QueryParam("months") String months) {
    HeatMapJson map = heatMap(team, project, from, weeks, startAt, period, days, months);
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
          csv.printRecord(
              errors.text("lodestar.capacity.csv.person"),
              errors.text("lodestar.capacity.csv.name"),
              errors.text(
                  switch (map.period()) {
                    case "day" -> "lodestar.capacity.csv.DAY";
                    case "month" -> "lodestar.capacity.csv.MONTH";
                    default -> "lodestar.capacity.csv.week";
                  }),
              errors.text("lodestar.capacity.csv.capacity"),
              errors.text("lodestar.capacity.csv.load"),
              errors.text("lodestar.capacity.csv.remaining"),
              errors.text("lodestar.capacity.csv.over"));
          for (CapacityJson.RowJson row : map.rows()) {
            for (CapacityJson.CellJson cell : row.cells()) {
              csv.printRecord(
                  safe(row.person()),
                  safe(row.name()),
                  cell.week(),
                  cell.capacityHours(),
                  cell.loadHours(),
                  cell.remainingHours(),
                  cell.overAllocated());
            }
          }
          csv.flush();
        };
    return Response.ok(body, TEXT_CSV)
        .header("Content-Disposition", "attachment; filename=\"capacity.csv\"")
        .header(RiskCsvResource.HIDDEN_COUNT_HEADER, Integer.toString(map.hiddenCount()))
        .build();
  }

  /** The heat map with what-if changes applied; nothing is saved. */
  @POST
  @Path("whatif")
  @LicensedOnly
  public HeatMapJson whatIf(WhatIfJson body) {
    WhatIfJson json = errors.requireBody(body);
    CapacityViews.Scope scope = CapacityParams.scope(errors, json.team(), json.project());
    return HeatMapJson.of(
        views.heatMap(
            scope,
            CapacityParams.from(errors, json.from(), views.thisWeek()),
            json.weeks() == null ? CapacityParams.weeks(errors, null) : weeks(json.weeks()),
            json.startAt() == null ? 0 : Math.max(0, json.startAt()),
            changes(json.changes())));
  }

  /** Applies what-if changes to their issues (each with the version read). */
  @POST
  @Path("whatif/save")
  @LicensedOnly
  public SavedJson save(WhatIfJson body) {
    WhatIfJson json = errors.requireBody(body);
    List<CapacityViews.Change> changes = changes(json.changes());
    if (changes.isEmpty()) {
      throw errors.invalid("changes", "lodestar.risk.rest.error.required");
    }
    for (int i = 0; i < changes.size(); i++) {
      errors.requireVersion("changes[" + i + "].version", changes.get(i).version());
    }
    return new SavedJson(views.save(changes));
  }

  /** The issues and allocations that fill one person-week. */
  @GET
  @Path("people/{person}/weeks/{week}")
  @LicensedOnly
  public DrillJson drill(@PathParam("person") String person, @PathParam("week") String week) {
    LocalDate day = errors.dateParam("week", week);
    if (day == null) {
      throw errors.invalid("week", "lodestar.risk.rest.error.required");
    }
    return DrillJson.of(views.drill(person, day, List.of()));
  }

  /** Who of {@code team} or {@code project} has {@code hours} free in the weeks. */
  @GET
  @Path("free")
  @LicensedOnly
  public FreeSearchJson free(
      @QueryParam("team") String team,
      @QueryParam("project") String project,
      @QueryParam("hours") String hours,
      @QueryParam("from") String from,
      @QueryParam("weeks") String weeks,
      @QueryParam("limit") String limit) {
    CapacityViews.Scope scope = CapacityParams.scope(errors, team, project);
    long seconds = CapacityParams.hours(errors, hours);
    return FreeSearchJson.of(
        views.free(
            scope,
            CapacityParams.from(errors, from, views.thisWeek()),
            CapacityParams.weeks(errors, weeks),
            seconds,
            errors.intParam("limit", limit, 20, 1, FreeCapacitySearch.MAX_RESULTS)));
  }

  /** A person's absences in {@code from .. to} (default: the next 26 weeks). */
  @GET
  @Path("people/{person}/absences")
  @LicensedOnly
  public List<AbsenceJson> absences(
      @PathParam("person") String person,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    LocalDate first = Optional.ofNullable(errors.dateParam("from", from)).orElse(views.thisWeek());
    LocalDate last =
        Optional.ofNullable(errors.dateParam("to", to))
            .orElse(first.plusWeeks(CapacityViews.MAX_WEEKS));
    if (last.isBefore(first) || last.isAfter(first.plusYears(3))) {
      throw errors.invalid("to", "lodestar.capacity.error.range");
    }
    return views.absences(person, first, last).stream().map(AbsenceJson::of).toList();
  }

  @POST
  @Path("people/{person}/absences")
  @LicensedOnly
  public AbsenceJson addAbsence(@PathParam("person") String person, AbsenceJson body) {
    return AbsenceJson.of(views.addAbsence(person, draft(errors.requireBody(body))));
  }

  @PUT
  @Path("absences/{id}")
  @LicensedOnly
  public AbsenceJson updateAbsence(@PathParam("id") long id, AbsenceJson body) {
    AbsenceJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    return AbsenceJson.of(views.updateAbsence(id, version, draft(json)));
  }

  @DELETE
  @Path("absences/{id}")
  @LicensedOnly
  public Response deleteAbsence(@PathParam("id") long id, @QueryParam("version") String version) {
    views.deleteAbsence(id, errors.requireVersion("version", version));
    return Response.noContent().build();
  }

  private CapacityStore.AbsenceDraft draft(AbsenceJson json) {
    return CapacityParams.absence(
        errors, json.first(), json.last(), json.kind(), json.hoursPerDay(), json.note());
  }

  private int weeks(int weeks) {
    return CapacityParams.weeks(errors, Integer.toString(weeks));
  }

  private List<CapacityViews.Change> changes(List<ChangeJson> sent) {
    List<ChangeJson> list = CapacityParams.bounded(errors, sent);
    List<CapacityViews.Change> changes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      ChangeJson c = list.get(i);
      String field = "changes[" + i + "]";
      if (c == null) {
        throw errors.invalid(field, "lodestar.risk.rest.error.required");
      }
      changes.add(
          CapacityParams.change(
              errors, field, c.issueKey(), c.assignee(), c.start(), c.due(), c.version()));
    }
    return changes;
  }

  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }
}
