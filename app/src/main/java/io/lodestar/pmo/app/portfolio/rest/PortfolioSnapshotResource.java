package io.lodestar.pmo.app.portfolio.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.PortfolioTrends;
import io.lodestar.pmo.app.portfolio.rest.SnapshotJson.SeriesJson;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A portfolio's or program's snapshots: {@code GET /rest/lodestar/1.0/portfolios/{key}/snapshots}
 * ({@code from}, {@code to}: ISO dates, at most two years apart, default the last year; {@code
 * startAt}, {@code maxResults} ≤ 200), in the node's currency. The node's visibility is the
 * overview's (404 when the user may browse none of its projects); because a snapshot sums every
 * project of its node, a user who may browse only some of them gets a 403 (PMO admins see all).
 */
@Path("portfolios/{key}/snapshots")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class PortfolioSnapshotResource {

  private final AccessGuard guard;
  private final PortfolioOverviews overviews;
  private final PortfolioTrends trends;
  private final RestErrors errors;

  public PortfolioSnapshotResource(
      AccessGuard guard, PortfolioOverviews overviews, PortfolioTrends trends, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.overviews = Objects.requireNonNull(overviews, "overviews");
    this.trends = Objects.requireNonNull(trends, "trends");
    this.errors = new RestErrors(texts);
  }

  @GET
  @LicensedOnly
  public SeriesJson get(
      @PathParam("key") String key,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("startAt") String startAt,
      @QueryParam("maxResults") String maxResults) {
    HostUser user = guard.requireUser();
    Map<String, ProjectRef> byKey = new LinkedHashMap<>();
    for (ProjectRef p : guard.browsableProjects()) {
      byKey.put(p.key(), p);
    }
    boolean pmo = guard.isPmoAdmin(user);
    PortfolioNode node = errors.unwrap(overviews.visibleNode(key, byKey, pmo));
    List<String> projects = overviews.projectsOf(node);
    if (!pmo && !byKey.keySet().containsAll(projects)) {
      throw new AccessDeniedException(errors.text("lodestar.portfolio.trend.hiddenProjects"));
    }
    return SnapshotJson.read(
        errors,
        (f, t) -> trends.store().series(PortfolioTrends.snapshotNode(node), node.currency(), f, t),
        PortfolioTrends.snapshotNode(node),
        node.currency(),
        trends.today(),
        from,
        to,
        startAt,
        maxResults);
  }
}
