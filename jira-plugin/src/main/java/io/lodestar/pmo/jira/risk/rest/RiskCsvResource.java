package io.lodestar.pmo.jira.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.RiskAssessor;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.risk.service.ScoringModelService;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.jira.shared.error.NotFoundException;
import io.lodestar.pmo.jira.shared.host.ProjectRef;
import io.lodestar.pmo.jira.shared.host.Texts;
import io.lodestar.pmo.jira.shared.security.AccessGuard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV export of a project's register: {@code /rest/lodestar/1.0/projects/{projectKey}/risks.csv},
 * with the same filters as the JSON list ({@code status}, {@code owner}, {@code band}, {@code
 * overdue}, and the heat-map {@code cell} with its {@code state}), so the register page's export
 * link exports what the page shows. Rows are streamed as the register is read page by page, so they
 * come in the source's order (issue key), not sorted, and the export never holds the register in
 * memory. Cells that a spreadsheet would read as a formula are prefixed with a quote.
 */
@Path("projects/{projectKey}/risks.csv")
@LicensedOnly
public final class RiskCsvResource {

  /** Media type of the export. */
  static final String TEXT_CSV = "text/csv; charset=UTF-8";

  /** i18n keys of the column headers, in column order. */
  static final List<String> HEADER_KEYS =
      List.of(
          "lodestar.risk.csv.key",
          "lodestar.risk.csv.title",
          "lodestar.risk.csv.owner",
          "lodestar.risk.csv.status",
          "lodestar.risk.csv.kind",
          "lodestar.risk.csv.category",
          "lodestar.risk.csv.response",
          "lodestar.risk.csv.inherentScore",
          "lodestar.risk.csv.inherentBand",
          "lodestar.risk.csv.residualScore",
          "lodestar.risk.csv.residualBand",
          "lodestar.risk.csv.reviewDate",
          "lodestar.risk.csv.overdue",
          "lodestar.risk.csv.mitigations");

  private final AccessGuard guard;
  private final RiskRegisterService register;
  private final RiskProjectSettingsStore settings;
  private final ScoringModelService models;
  private final RestClock clock;
  private final RestErrors errors;

  public RiskCsvResource(
      AccessGuard guard,
      RiskRegisterService register,
      RiskProjectSettingsStore settings,
      ScoringModelService models,
      RestClock clock,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.register = Objects.requireNonNull(register, "register");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.models = Objects.requireNonNull(models, "models");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.errors = new RestErrors(texts);
  }

  /** The export as an attachment named {@code <projectKey>-risks.csv}. */
  @GET
  @Produces(TEXT_CSV)
  @LicensedOnly
  public Response export(
      @PathParam("projectKey") String projectKey,
      @QueryParam("status") String status,
      @QueryParam("owner") String owner,
      @QueryParam("band") String band,
      @QueryParam("overdue") String overdue,
      @QueryParam(RegisterParams.CELL) String cell,
      @QueryParam(RegisterParams.STATE) String state) {
    String viewer = guard.requireUser().key();
    ProjectRef project = guard.requireBrowse(projectKey);
    LocalDate today = clock.today();
    RegisterFilter filter =
        RegisterParams.filter(errors, status, owner, band, overdue, cell, state, today);
    RiskProjectSettings effective =
        settings
            .effective(project.key())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        errors.text(RiskMessageKeys.PROJECT_NOT_CONFIGURED, project.key())));
    ScoringModel model = errors.unwrap(models.find(effective.modelId()));
    List<Violation> misfits = filter.violations(model);
    if (!misfits.isEmpty()) {
      throw errors.invalid(misfits);
    }
    StreamingOutput body = out -> write(out, viewer, project.key(), model, filter, today);
    return Response.ok(body, TEXT_CSV)
        .header("Content-Disposition", "attachment; filename=\"" + project.key() + "-risks.csv\"")
        .build();
  }

  void write(
      OutputStream out,
      String viewer,
      String projectKey,
      ScoringModel model,
      RegisterFilter filter,
      LocalDate today)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
    List<String> header = new ArrayList<>();
    for (String key : HEADER_KEYS) {
      header.add(errors.text(key));
    }
    csv.printRecord(header.stream().map(RiskCsvResource::safe).toList());
    RiskAssessor assessor = new RiskAssessor(model);
    try {
      register.forEachRisk(
          viewer,
          projectKey,
          mapped -> {
            AssessedRisk a = assessor.assess(mapped.risk());
            if (filter.test(a)) {
              print(csv, RegisterJson.row(a, List.of(), today));
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  private static void print(CSVPrinter csv, RegisterJson.RowJson r) {
    List<String> cells =
        List.of(
            nz(r.key()),
            nz(r.title()),
            nz(r.ownerKey()),
            nz(r.status()),
            nz(r.kind()),
            nz(r.category()),
            nz(r.response()),
            r.inherent().score() == null ? "" : r.inherent().score().toPlainString(),
            r.inherent().band() == null ? "" : r.inherent().band().label(),
            r.residual().score() == null ? "" : r.residual().score().toPlainString(),
            r.residual().band() == null ? "" : r.residual().band().label(),
            nz(r.reviewDate()),
            Boolean.toString(r.overdue()),
            String.join(" ", r.mitigationKeys()));
    try {
      csv.printRecord(cells.stream().map(RiskCsvResource::safe).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell a spreadsheet will not run as a formula: one starting with {@code =}, {@code +}, {@code
   * -}, {@code @}, a tab or a carriage return gets a leading {@code '}.
   */
  static String safe(String cell) {
    if (cell.isEmpty()) {
      return cell;
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

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
