package io.lodestar.pmo.app.portfolio.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.PortfolioTrends;
import io.lodestar.pmo.app.portfolio.ProjectOverview;
import io.lodestar.pmo.app.portfolio.export.PortfolioTables;
import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.ProjectProfileStore;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.export.ExportFormat;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * CSV and XLSX exports of a project's tables: {@code projects/{key}/export/epics.csv|xlsx} (its
 * epics with the rollup of the children the viewer may browse, read {@link
 * PortfolioTables#EPIC_PAGE} at a time from the rollup index) and {@code
 * projects/{key}/export/snapshots.csv|xlsx} (its snapshot history, in its profile's currency; none
 * without a profile). BROWSE, signed in; checks come before the first byte. The number of the
 * project's issues the viewer may not browse is in {@code X-Lodestar-Hidden-Count}.
 */
@Path("projects/{projectKey}/export")
@LicensedOnly
public final class ProjectExportResource {

  private final AccessGuard guard;
  private final PortfolioOverviews overviews;
  private final ProjectProfileStore profiles;
  private final PortfolioTrends trends;
  private final PortfolioTables tables;
  private final RestErrors errors;

  public ProjectExportResource(
      AccessGuard guard,
      PortfolioOverviews overviews,
      ProjectProfileStore profiles,
      PortfolioTrends trends,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.overviews = Objects.requireNonNull(overviews, "overviews");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.trends = Objects.requireNonNull(trends, "trends");
    this.tables = new PortfolioTables(texts);
    this.errors = new RestErrors(texts);
  }

  @GET
  @Path("epics.{format}")
  @LicensedOnly
  public Response epics(
      @PathParam("projectKey") String projectKey, @PathParam("format") String rawFormat) {
    HostUser user = guard.requireUser();
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    ExportFormat format = ExportResponses.format(errors, rawFormat);
    BucketFilter visible = overviews.rollups().visibleTo(user);
    ProjectOverview first = overviews.project(project, visible, 0, PortfolioTables.EPIC_PAGE);
    long hidden = first.rollup().map(Rollup::hidden).orElse(0L);
    return ExportResponses.attachment(
            format,
            project.key() + "-epics",
            hidden,
            project.key(),
            errors.text("lodestar.portfolio.export.notes"),
            sink ->
                tables.epics(
                    sink,
                    startAt ->
                        startAt == 0
                            ? first
                            : overviews.project(
                                project, visible, startAt, PortfolioTables.EPIC_PAGE)))
        .build();
  }

  @GET
  @Path("snapshots.{format}")
  @LicensedOnly
  public Response snapshots(
      @PathParam("projectKey") String projectKey,
      @PathParam("format") String rawFormat,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    ExportFormat format = ExportResponses.format(errors, rawFormat);
    Optional<ProjectProfile> profile = profiles.find(project.key());
    SnapshotNode node = SnapshotNode.project(project.key());
    String currency = profile.map(ProjectProfile::currency).orElse("");
    SnapshotSeries series =
        ExportResponses.series(
            errors,
            (f, t) ->
                profile.isEmpty()
                    ? new SnapshotSeries(node, "EUR", List.of())
                    : trends.store().series(node, currency, f, t),
            trends.today(),
            from,
            to);
    return ExportResponses.attachment(
            format,
            project.key() + "-snapshots",
            0,
            project.key(),
            errors.text("lodestar.portfolio.export.notes"),
            sink -> tables.snapshots(sink, series))
        .build();
  }
}
