package io.lodestar.pmo.app.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.export.SpreadsheetCells;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.RiskAssessor;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.service.RegisterScope;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.shared.Violation;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV export of a project's register: {@code /rest/lodestar/1.0/projects/{projectKey}/risks.csv},
 * with the same filters as the JSON list ({@code status}, {@code owner}, {@code band}, {@code
 * overdue}, and the heat-map {@code cell} with its {@code state}), so the register page's export
 * link exports what the page shows. Rows are streamed as the register is read page by page, so they
 * come in the source's order (issue key), not sorted, and the export never holds the register in
 * memory. Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
 *
 * <p>Errors come before the first byte: the project's settings and model are resolved once ({@link
 * RiskRegisterService#scope}) and the filter validated against that model, so an unconfigured
 * project is a 404 and a bad filter a 400, never an empty 200; the rows are then streamed with that
 * same model even if the configuration changes during the export.
 *
 * <p>Hidden risks: the number of risk issues of the project the user may not browse is sent in the
 * response header {@value #HIDDEN_COUNT_HEADER}, counted just before streaming. It is deliberately
 * not written into the file: CSV has no comment syntax, and a trailing "N hidden" line would be
 * read as one more risk by spreadsheets and CSV libraries. The register page shows the same count
 * beside the export link.
 */
@Path("projects/{projectKey}/risks.csv")
@LicensedOnly
public final class RiskCsvResource {

  /** Media type of the export. */
  static final String TEXT_CSV = "text/csv; charset=UTF-8";

  /** Response header with the number of risk issues the user may not browse (left out). */
  public static final String HIDDEN_COUNT_HEADER = "X-Lodestar-Hidden-Count";

  /** Distinct owners whose display names one export remembers; beyond that, looked up per row. */
  static final int OWNER_NAME_CACHE = 1_000;

  /** i18n keys of the column headers, in column order. */
  static final List<String> HEADER_KEYS =
      List.of(
          "lodestar.risk.csv.key",
          "lodestar.risk.csv.title",
          "lodestar.risk.csv.ownerKey",
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
  private final UserDirectory users;
  private final RestClock clock;
  private final RestErrors errors;

  public RiskCsvResource(
      AccessGuard guard,
      RiskRegisterService register,
      UserDirectory users,
      RestClock clock,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.register = Objects.requireNonNull(register, "register");
    this.users = Objects.requireNonNull(users, "users");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.errors = new RestErrors(texts);
  }

  /**
   * The export as an attachment named {@code <projectKey>-risks.csv}, with the hidden count in
   * {@value #HIDDEN_COUNT_HEADER}.
   */
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
    RegisterScope scope = errors.unwrap(register.scope(project.key()));
    List<Violation> misfits = filter.violations(scope.model());
    if (!misfits.isEmpty()) {
      throw errors.invalid(misfits);
    }
    long hidden = register.counts(viewer, scope).hidden();
    StreamingOutput body = out -> write(out, viewer, scope, filter, today);
    return Response.ok(body, TEXT_CSV)
        .header("Content-Disposition", "attachment; filename=\"" + project.key() + "-risks.csv\"")
        .header(HIDDEN_COUNT_HEADER, Long.toString(hidden))
        .build();
  }

  void write(
      OutputStream out, String viewer, RegisterScope scope, RegisterFilter filter, LocalDate today)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
    List<String> header = new ArrayList<>();
    for (String key : HEADER_KEYS) {
      header.add(errors.text(key));
    }
    csv.printRecord(header.stream().map(RiskCsvResource::safe).toList());
    RiskAssessor assessor = new RiskAssessor(scope.model());
    Map<String, String> ownerNames = new HashMap<>();
    try {
      register.forEachRisk(
          viewer,
          scope,
          mapped -> {
            AssessedRisk a = assessor.assess(mapped.risk());
            if (filter.test(a)) {
              RegisterJson.RowJson row = RegisterJson.row(a, List.of(), today);
              print(csv, row, ownerName(ownerNames, row.ownerKey()));
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  /** The owner's display name, empty when unowned or unknown; remembered for a bounded set. */
  private String ownerName(Map<String, String> known, String ownerKey) {
    if (ownerKey == null) {
      return "";
    }
    String name = known.get(ownerKey);
    if (name == null) {
      name = users.byKey(ownerKey).map(HostUser::displayName).orElse("");
      if (known.size() < OWNER_NAME_CACHE) {
        known.put(ownerKey, name);
      }
    }
    return name;
  }

  private static void print(CSVPrinter csv, RegisterJson.RowJson r, String ownerName) {
    List<String> cells =
        List.of(
            nz(r.key()),
            nz(r.title()),
            nz(r.ownerKey()),
            ownerName,
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
    return SpreadsheetCells.safe(cell);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
