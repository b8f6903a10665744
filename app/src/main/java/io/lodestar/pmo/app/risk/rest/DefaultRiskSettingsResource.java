package io.lodestar.pmo.app.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.host.HostUser;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * The portfolio-wide default risk settings, used by projects without their own: {@code
 * /rest/lodestar/1.0/risk-settings/default}. PMO admins only; saving is versioned and audited.
 */
@Path("risk-settings/default")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DefaultRiskSettingsResource {

  private final AccessGuard guard;
  private final RiskProjectSettingsStore store;
  private final RiskSettingsService service;
  private final RestErrors errors;

  public DefaultRiskSettingsResource(
      AccessGuard guard, RiskProjectSettingsStore store, RiskSettingsService service, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.store = Objects.requireNonNull(store, "store");
    this.service = Objects.requireNonNull(service, "service");
    this.errors = new RestErrors(texts);
  }

  /** The default ({@code source: default}) or {@code source: none}, version 0. */
  @GET
  @LicensedOnly
  public RiskSettingsJson get() {
    guard.requirePmoAdmin();
    return store
        .findDefault()
        .map(d -> RiskSettingsJson.of(d, RiskSettingsJson.SOURCE_DEFAULT))
        .orElseGet(RiskSettingsJson::none);
  }

  /** Saves the default; 409 when {@code version} is stale (0 to create). */
  @PUT
  @LicensedOnly
  public RiskSettingsJson put(RiskSettingsJson body) {
    HostUser actor = guard.requirePmoAdmin();
    RiskSettingsJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    RiskProjectSettings settings = json.toSettings(errors);
    Versioned<RiskProjectSettings> saved =
        errors.unwrap(service.saveDefault(actor.key(), settings, version));
    return RiskSettingsJson.of(saved, RiskSettingsJson.SOURCE_DEFAULT);
  }
}
