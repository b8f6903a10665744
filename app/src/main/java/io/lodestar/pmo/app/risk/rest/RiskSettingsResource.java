package io.lodestar.pmo.app.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.service.RiskSettingsService;
import io.lodestar.pmo.engine.shared.Versioned;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's risk settings: {@code /rest/lodestar/1.0/projects/{projectKey}/risk-settings}.
 * Reading needs a signed-in user (401 for anonymous, as every Lodestar endpoint, also on a project
 * anonymous users may browse) and BROWSE on the project (a project the user cannot browse is a
 * 404); saving needs project admin or PMO admin, a {@code version} (0 to create the project's own
 * settings) and is audited.
 */
@Path("projects/{projectKey}/risk-settings")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RiskSettingsResource {

  private final AccessGuard guard;
  private final RiskProjectSettingsStore store;
  private final RiskSettingsService service;
  private final RestErrors errors;

  public RiskSettingsResource(
      AccessGuard guard, RiskProjectSettingsStore store, RiskSettingsService service, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.store = Objects.requireNonNull(store, "store");
    this.service = Objects.requireNonNull(service, "service");
    this.errors = new RestErrors(texts);
  }

  /**
   * The project's own settings ({@code source: project}, with their version), else the portfolio
   * default ({@code source: default}, version 0: saving creates the project's own), else {@code
   * source: none}.
   */
  @GET
  @LicensedOnly
  public RiskSettingsJson get(@PathParam("projectKey") String projectKey) {
    ProjectRef project = guard.requireSignedInBrowse(projectKey);
    Optional<Versioned<RiskProjectSettings>> own = store.find(project.key());
    if (own.isPresent()) {
      return RiskSettingsJson.of(own.get(), RiskSettingsJson.SOURCE_PROJECT);
    }
    return store
        .findDefault()
        .map(d -> RiskSettingsJson.of(Versioned.of(d.value(), 0L), RiskSettingsJson.SOURCE_DEFAULT))
        .orElseGet(RiskSettingsJson::none);
  }

  /** Saves the project's own settings; 409 when {@code version} is stale. */
  @PUT
  @LicensedOnly
  public RiskSettingsJson put(@PathParam("projectKey") String projectKey, RiskSettingsJson body) {
    ProjectRef project = guard.requireProjectAdmin(projectKey);
    HostUser actor = guard.requireUser();
    RiskSettingsJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    RiskProjectSettings settings = json.toSettings(errors);
    Versioned<RiskProjectSettings> saved =
        errors.unwrap(service.save(actor.key(), project.key(), settings, version));
    return RiskSettingsJson.of(saved, RiskSettingsJson.SOURCE_PROJECT);
  }
}
