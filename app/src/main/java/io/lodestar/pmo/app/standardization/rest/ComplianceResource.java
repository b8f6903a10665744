package io.lodestar.pmo.app.standardization.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.standardization.ComplianceReports;
import io.lodestar.pmo.app.standardization.ComplianceScans;
import io.lodestar.pmo.app.standardization.Standardization;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.AssignRequestJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.AssignmentJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.AssignmentListJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.OverviewJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.ProjectComplianceJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.RowJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.RuleJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.ScanJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.TrendJson;
import io.lodestar.pmo.engine.standardization.StandardizationKeys;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compliance: {@code /rest/lodestar/1.0/standardization/...}. PMO admins assign projects, start and
 * cancel scans and read the overview; a project's results are read by its project admins (and PMO
 * admins). Projects the viewer may not browse are left out (the overview counts them) or are 404.
 */
@Path("standardization")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ComplianceResource {

  /** Scan already running. Args: its id. */
  static final String SCAN_RUNNING = "lodestar.standardization.rest.error.scanRunning";

  /** No such scan. Args: the id. */
  static final String SCAN_NOT_FOUND = "lodestar.standardization.rest.error.scanNotFound";

  private final AccessGuard guard;
  private final Standardization standardization;
  private final ComplianceScans scans;
  private final ComplianceReports reports;
  private final RestErrors errors;

  public ComplianceResource(
      AccessGuard guard,
      Standardization standardization,
      ComplianceScans scans,
      ComplianceReports reports,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.standardization = Objects.requireNonNull(standardization, "standardization");
    this.scans = Objects.requireNonNull(scans, "scans");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.errors = new RestErrors(texts);
  }

  @GET
  @Path("assignments")
  @LicensedOnly
  public AssignmentListJson assignments() {
    guard.requirePmoAdmin();
    Set<String> browsable = new HashSet<>();
    guard.browsableProjects().forEach(p -> browsable.add(p.key()));
    List<TemplateAssignment> all = standardization.assignments();
    List<AssignmentJson> shown =
        all.stream()
            .filter(a -> browsable.contains(a.projectKey()))
            .map(AssignmentJson::of)
            .toList();
    return new AssignmentListJson(shown, all.size() - shown.size());
  }

  @PUT
  @Path("assignments/{projectKey}")
  @LicensedOnly
  public AssignmentJson assign(@PathParam("projectKey") String projectKey, AssignRequestJson body) {
    HostUser admin = guard.requirePmoAdmin();
    ProjectRef project = guard.requireBrowse(projectKey);
    AssignRequestJson json = errors.requireBody(body);
    if (json.templateId() == null || json.templateId().isBlank()) {
      throw errors.invalid("templateId", StandardizationKeys.REQUIRED);
    }
    if (json.version() == null) {
      throw errors.invalid("version", StandardizationKeys.REQUIRED);
    }
    return AssignmentJson.of(
        errors.unwrap(
            standardization.assign(project.key(), json.templateId(), json.version(), admin.key())));
  }

  @POST
  @Path("scans")
  @LicensedOnly
  public Response startScan() {
    HostUser admin = guard.requirePmoAdmin();
    try {
      return Response.status(Response.Status.ACCEPTED)
          .entity(ScanJson.of(scans.start(admin.key())))
          .build();
    } catch (ComplianceScans.ScanRunningException e) {
      throw new ScanRunningConflict(errors.text(SCAN_RUNNING, e.scanId()));
    }
  }

  @GET
  @Path("scans/latest")
  @LicensedOnly
  public ScanJson latestScan() {
    guard.requirePmoAdmin();
    return scans
        .latest()
        .map(ScanJson::of)
        .orElseThrow(() -> new NotFoundException(errors.text(SCAN_NOT_FOUND, "latest")));
  }

  @GET
  @Path("scans/{scanId}")
  @LicensedOnly
  public ScanJson scan(@PathParam("scanId") String scanId) {
    guard.requirePmoAdmin();
    return scans
        .plan(scanId)
        .map(ScanJson::of)
        .orElseThrow(() -> new NotFoundException(errors.text(SCAN_NOT_FOUND, scanId)));
  }

  @POST
  @Path("scans/{scanId}/cancel")
  @LicensedOnly
  public ScanJson cancel(@PathParam("scanId") String scanId) {
    guard.requirePmoAdmin();
    return scans
        .cancel(scanId)
        .map(ScanJson::of)
        .orElseThrow(() -> new NotFoundException(errors.text(SCAN_NOT_FOUND, scanId)));
  }

  @GET
  @Path("compliance")
  @LicensedOnly
  public OverviewJson overview() {
    guard.requirePmoAdmin();
    ComplianceReports.Overview o = reports.overview();
    return new OverviewJson(o.rows().stream().map(RowJson::of).toList(), o.hidden());
  }

  @GET
  @Path("projects/{projectKey}/compliance")
  @LicensedOnly
  public ProjectComplianceJson project(
      @PathParam("projectKey") String projectKey, @Context UriInfo uri) {
    ProjectRef project = reports.requireReader(projectKey);
    ComplianceReports.ProjectReport r = reports.project(project);
    String base = baseUrl(uri);
    return new ProjectComplianceJson(
        project.key(),
        project.name(),
        r.assignment().map(AssignmentJson::of).orElse(null),
        r.latest().flatMap(l -> l.score().percent()).orElse(null),
        r.latest().map(ComplianceResult::complies).orElse(null),
        r.latest().map(l -> l.evaluatedAt().toString()).orElse(null),
        r.failing().stream().map(l -> RuleJson.of(l, base)).toList(),
        r.others().stream().map(l -> RuleJson.of(l, base)).toList(),
        r.trend().stream().map(TrendJson::of).toList());
  }

  /** The host's base path (the context path before /rest), for navigator links. */
  private static String baseUrl(UriInfo uri) {
    if (uri == null) {
      return "";
    }
    String path = uri.getBaseUri().getPath();
    int rest = path.indexOf("/rest/");
    return rest < 0 ? "" : path.substring(0, rest);
  }
}
