package io.lodestar.pmo.app.portfolio.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.portfolio.NodeOverview;
import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups;
import io.lodestar.pmo.app.portfolio.port.StoredOverride;
import io.lodestar.pmo.app.portfolio.rest.PortfolioJson.NodeJson;
import io.lodestar.pmo.app.portfolio.rest.PortfolioJson.NodeListJson;
import io.lodestar.pmo.app.portfolio.rest.PortfolioJson.OverrideJson;
import io.lodestar.pmo.app.portfolio.rest.PortfolioJson.OverrideRequestJson;
import io.lodestar.pmo.app.portfolio.rest.PortfolioJson.OverviewJson;
import io.lodestar.pmo.app.portfolio.rest.PortfolioJson.ReconcileJson;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Portfolios: {@code /rest/lodestar/1.0/portfolios}. Reads need a signed-in user; a portfolio or
 * program none of whose projects the user may browse is a 404 (PMO admins see every one). Tables
 * list only the projects the user may browse and say how many were left out; rollups count the
 * others' issues as hidden. Overrides need PMO admin, a reason and an expiry, and are audited.
 * Every answer comes from the rollup index and small tables: no issue is read per request.
 */
@Path("portfolios")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PortfolioResource {

  private final AccessGuard guard;
  private final PortfolioOverviews overviews;
  private final RestErrors errors;

  public PortfolioResource(AccessGuard guard, PortfolioOverviews overviews, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.overviews = Objects.requireNonNull(overviews, "overviews");
    this.errors = new RestErrors(texts);
  }

  /** The portfolios the user may see. */
  @GET
  @LicensedOnly
  public NodeListJson list() {
    HostUser user = guard.requireUser();
    return new NodeListJson(
        overviews.portfolios(browsable(), guard.isPmoAdmin(user)).stream()
            .map(NodeJson::of)
            .toList());
  }

  /** One portfolio or program. */
  @GET
  @Path("{key}")
  @LicensedOnly
  public NodeJson get(@PathParam("key") String key) {
    return NodeJson.of(node(key));
  }

  /**
   * The overview: a page of children (programs and projects) with their rollups, progress and
   * health (computed, and the override beside it), earned value per project and per currency, and
   * alignment coverage.
   */
  @GET
  @Path("{key}/overview")
  @LicensedOnly
  public OverviewJson overview(
      @PathParam("key") String key,
      @QueryParam("startAt") String startAt,
      @QueryParam("maxResults") String maxResults) {
    HostUser user = guard.requireUser();
    int start = errors.intParam("startAt", startAt, 0, 0, 100_000);
    int max = errors.intParam("maxResults", maxResults, 50, 1, PortfolioOverviews.MAX_PAGE);
    NodeOverview overview =
        errors.unwrap(
            overviews.overview(
                key,
                browsable(),
                guard.isPmoAdmin(user),
                overviews.rollups().visibleTo(user),
                start,
                max));
    return OverviewJson.of(overview, max);
  }

  /** Sets a project's health override (PMO admin): {@code {project, rag, reason, expiresOn}}. */
  @POST
  @Path("{key}/health-overrides")
  @LicensedOnly
  public Response override(@PathParam("key") String key, OverrideRequestJson body) {
    HostUser admin = guard.requirePmoAdmin();
    PortfolioNode node = node(key);
    OverrideRequestJson json = errors.requireBody(body);
    Rag rag = json.rag() == null ? null : errors.enumParam("rag", json.rag(), Rag.class);
    LocalDate expires = errors.dateParam("expiresOn", json.expiresOn());
    StoredOverride stored =
        errors.unwrap(
            overviews.override(admin.key(), node, json.project(), rag, json.reason(), expires));
    return Response.status(Response.Status.CREATED).entity(OverrideJson.of(stored)).build();
  }

  /** Clears a project's current override (PMO admin); 404 when it has none. */
  @DELETE
  @Path("{key}/health-overrides")
  @LicensedOnly
  public Response clear(@PathParam("key") String key, @QueryParam("project") String project) {
    HostUser admin = guard.requirePmoAdmin();
    PortfolioNode node = node(key);
    errors.unwrap(overviews.clearOverride(admin.key(), node, project));
    return Response.noContent().build();
  }

  /** Rebuilds the rollup index from the source and reports drift (PMO admin). */
  @POST
  @Path("index/reconcile")
  @LicensedOnly
  public ReconcileJson reconcile() {
    guard.requirePmoAdmin();
    PortfolioRollups.ReconcileReport r = overviews.rollups().reconcile();
    return new ReconcileJson(
        r.at().toString(), r.issuesBefore(), r.issuesAfter(), r.driftedCount(), r.driftedNodes());
  }

  private PortfolioNode node(String key) {
    HostUser user = guard.requireUser();
    return errors.unwrap(overviews.visibleNode(key, browsable(), guard.isPmoAdmin(user)));
  }

  private Map<String, ProjectRef> browsable() {
    Map<String, ProjectRef> byKey = new LinkedHashMap<>();
    for (ProjectRef p : guard.browsableProjects()) {
      byKey.put(p.key(), p);
    }
    return byKey;
  }
}
