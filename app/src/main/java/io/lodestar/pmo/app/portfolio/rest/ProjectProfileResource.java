package io.lodestar.pmo.app.portfolio.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.ProjectProfileStore;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A project's profile: {@code /rest/lodestar/1.0/projects/{projectKey}/profile}. Reading needs
 * BROWSE (signed in); saving needs project admin or PMO admin, the {@code version} edited (0 to
 * create) and is audited; a stale version is a 409.
 */
@Path("projects/{projectKey}/profile")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ProjectProfileResource {

  /** The currency of a project without a profile, until one is saved. */
  static final String DEFAULT_CURRENCY = "USD";

  /**
   * A profile as JSON, the same shape in and out: dates ISO 8601, budget a decimal with at most 2
   * places.
   */
  public record ProfileJson(
      Long version,
      String sponsor,
      String manager,
      BigDecimal budget,
      String currency,
      String start,
      String end,
      String phase,
      String baselineStart,
      String baselineEnd) {
    static ProfileJson of(ProjectProfile p) {
      return new ProfileJson(
          p.version(),
          p.sponsorKey(),
          p.managerKey(),
          p.budget(),
          p.currency(),
          str(p.start()),
          str(p.end()),
          p.phase(),
          str(p.baselineStart()),
          str(p.baselineEnd()));
    }

    private static String str(LocalDate d) {
      return d == null ? null : d.toString();
    }
  }

  private final AccessGuard guard;
  private final ProjectProfileStore store;
  private final PortfolioOverviews overviews;
  private final RestErrors errors;

  public ProjectProfileResource(
      AccessGuard guard, ProjectProfileStore store, PortfolioOverviews overviews, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.store = Objects.requireNonNull(store, "store");
    this.overviews = Objects.requireNonNull(overviews, "overviews");
    this.errors = new RestErrors(texts);
  }

  @GET
  @LicensedOnly
  public ProfileJson get(@PathParam("projectKey") String projectKey) {
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    return ProfileJson.of(
        store
            .find(project.key())
            .orElseGet(() -> ProjectProfile.empty(project.key(), DEFAULT_CURRENCY)));
  }

  @PUT
  @LicensedOnly
  public ProfileJson put(@PathParam("projectKey") String projectKey, ProfileJson body) {
    ProjectRef project = guard.requireProjectAdmin(projectKey);
    HostUser actor = guard.requireUser();
    ProfileJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    if (json.currency() == null || json.currency().isBlank()) {
      throw errors.invalid("currency", "lodestar.risk.rest.error.required");
    }
    if (json.phase() == null || json.phase().isBlank()) {
      throw errors.invalid("phase", "lodestar.risk.rest.error.required");
    }
    ProjectProfile profile =
        new ProjectProfile(
            project.key(),
            blankToNull(json.sponsor()),
            blankToNull(json.manager()),
            json.budget(),
            json.currency().strip(),
            errors.dateParam("start", json.start()),
            errors.dateParam("end", json.end()),
            json.phase().strip(),
            errors.dateParam("baselineStart", json.baselineStart()),
            errors.dateParam("baselineEnd", json.baselineEnd()),
            version);
    return ProfileJson.of(errors.unwrap(overviews.saveProfile(actor.key(), profile)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
