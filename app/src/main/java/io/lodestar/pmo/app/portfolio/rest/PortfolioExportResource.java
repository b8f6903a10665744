package io.lodestar.pmo.app.portfolio.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.portfolio.NodeOverview;
import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.PortfolioTrends;
import io.lodestar.pmo.app.portfolio.export.PortfolioTables;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.export.ExportFormat;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.rollup.Rollup;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * CSV and XLSX exports of a portfolio's or program's tables: {@code
 * portfolios/{key}/export/overview.csv|xlsx} (its programs and directly held projects the viewer
 * may browse, with rollup, progress and health) and {@code
 * portfolios/{key}/export/snapshots.csv|xlsx} (its snapshot history). The same rules as the JSON
 * reads: a node none of whose projects the viewer may browse is a 404; the snapshot history is a
 * 403 unless the viewer may browse all its projects (a snapshot sums them all). Checks come before
 * the first byte; rows are streamed. The number of projects the viewer may not browse is in {@code
 * X-Lodestar-Hidden-Count} (and, in the XLSX, on its notes sheet with the hidden items).
 */
@Path("portfolios/{key}/export")
@LicensedOnly
public final class PortfolioExportResource {

  private final AccessGuard guard;
  private final PortfolioOverviews overviews;
  private final PortfolioTrends trends;
  private final PortfolioTables tables;
  private final RestErrors errors;

  public PortfolioExportResource(
      AccessGuard guard, PortfolioOverviews overviews, PortfolioTrends trends, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.overviews = Objects.requireNonNull(overviews, "overviews");
    this.trends = Objects.requireNonNull(trends, "trends");
    this.tables = new PortfolioTables(texts);
    this.errors = new RestErrors(texts);
  }

  @GET
  @Path("overview.{format}")
  @LicensedOnly
  public Response overview(@PathParam("key") String key, @PathParam("format") String rawFormat) {
    HostUser user = guard.requireUser();
    ExportFormat format = ExportResponses.format(errors, rawFormat);
    NodeOverview overview =
        errors.unwrap(
            overviews.overview(
                key,
                browsable(),
                guard.isPmoAdmin(user),
                overviews.rollups().visibleTo(user),
                0,
                Integer.MAX_VALUE));
    long hiddenItems = overview.total().map(Rollup::hidden).orElse(0L);
    return ExportResponses.attachment(
            format,
            overview.node().key() + "-overview",
            overview.hiddenProjects(),
            overview.node().key(),
            errors.text("lodestar.portfolio.export.notes"),
            sink -> tables.overview(sink, overview))
        .header(HIDDEN_ITEMS_HEADER, Long.toString(hiddenItems))
        .build();
  }

  @GET
  @Path("snapshots.{format}")
  @LicensedOnly
  public Response snapshots(
      @PathParam("key") String key,
      @PathParam("format") String rawFormat,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    HostUser user = guard.requireUser();
    ExportFormat format = ExportResponses.format(errors, rawFormat);
    Map<String, ProjectRef> byKey = browsable();
    boolean pmo = guard.isPmoAdmin(user);
    PortfolioNode node = errors.unwrap(overviews.visibleNode(key, byKey, pmo));
    if (!pmo && !byKey.keySet().containsAll(overviews.projectsOf(node))) {
      throw new AccessDeniedException(errors.text("lodestar.portfolio.trend.hiddenProjects"));
    }
    SnapshotSeries series =
        ExportResponses.series(
            errors,
            (f, t) ->
                trends.store().series(PortfolioTrends.snapshotNode(node), node.currency(), f, t),
            trends.today(),
            from,
            to);
    return ExportResponses.attachment(
            format,
            node.key() + "-snapshots",
            0,
            node.key(),
            errors.text("lodestar.portfolio.export.notes"),
            sink -> tables.snapshots(sink, series))
        .build();
  }

  /** Response header with the number of items (issues) under the node the viewer may not see. */
  public static final String HIDDEN_ITEMS_HEADER = "X-Lodestar-Hidden-Items";

  private Map<String, ProjectRef> browsable() {
    Map<String, ProjectRef> byKey = new LinkedHashMap<>();
    for (ProjectRef p : guard.browsableProjects()) {
      byKey.put(p.key(), p);
    }
    return byKey;
  }
}
