package io.lodestar.pmo.app.portfolio.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.portfolio.PortfolioTrends;
import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.ProjectProfileStore;
import io.lodestar.pmo.app.portfolio.rest.SnapshotJson.SeriesJson;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * A project's snapshots: {@code GET /rest/lodestar/1.0/projects/{key}/snapshots} (parameters as
 * {@link PortfolioSnapshotResource}), BROWSE on the project as its overview, in the profile's
 * currency; a project without a profile has no snapshots (an empty page).
 */
@Path("projects/{projectKey}/snapshots")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectSnapshotResource {

  private final AccessGuard guard;
  private final ProjectProfileStore profiles;
  private final PortfolioTrends trends;
  private final RestErrors errors;

  public ProjectSnapshotResource(
      AccessGuard guard, ProjectProfileStore profiles, PortfolioTrends trends, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.trends = Objects.requireNonNull(trends, "trends");
    this.errors = new RestErrors(texts);
  }

  @GET
  @LicensedOnly
  public SeriesJson get(
      @PathParam("projectKey") String projectKey,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("startAt") String startAt,
      @QueryParam("maxResults") String maxResults) {
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    java.util.Optional<ProjectProfile> profile = profiles.find(project.key());
    SnapshotNode node = SnapshotNode.project(project.key());
    if (profile.isEmpty()) {
      SeriesJson none =
          SnapshotJson.read(
              errors,
              (f, t) -> new SnapshotSeries(node, "EUR", List.of()),
              node,
              "EUR",
              trends.today(),
              from,
              to,
              startAt,
              maxResults);
      return new SeriesJson(
          none.node(),
          none.kind(),
          null,
          none.from(),
          none.to(),
          none.startAt(),
          none.maxResults(),
          0,
          List.of());
    }
    return SnapshotJson.read(
        errors,
        (f, t) -> trends.store().series(node, profile.get().currency(), f, t),
        node,
        profile.get().currency(),
        trends.today(),
        from,
        to,
        startAt,
        maxResults);
  }
}
