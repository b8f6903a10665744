package io.lodestar.pmo.app.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupAdministration;
import io.lodestar.pmo.engine.shared.Versioned;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.Optional;

/**
 * The group whose members are PMO admins: {@code /rest/lodestar/1.0/admin/pmo-group}. PMO admins
 * may read it; only Jira administrators may change it, since whoever sets the group decides who
 * administers Lodestar, and a group member must not be able to widen it or lock others out. Changes
 * are versioned and audited (in the same transaction as the change).
 */
@Path("admin/pmo-group")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PmoAdminGroupResource {

  /**
   * The PMO admin group as JSON, in and out.
   *
   * @param group the group name; null or blank = none (only Jira administrators are PMO admins)
   * @param version the stored version (GET); the version edited (PUT, required; 0 the first time)
   */
  public record PmoGroupJson(String group, Long version) {}

  private final AccessGuard guard;
  private final PmoAdminGroupAdministration setting;
  private final RestErrors errors;

  public PmoAdminGroupResource(
      AccessGuard guard, PmoAdminGroupAdministration setting, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.setting = Objects.requireNonNull(setting, "setting");
    this.errors = new RestErrors(texts);
  }

  /** The current group and its version. */
  @GET
  @LicensedOnly
  public PmoGroupJson get() {
    guard.requirePmoAdmin();
    return json(setting.current());
  }

  /** Sets or clears the group (Jira administrators only); 409 when {@code version} is stale. */
  @PUT
  @LicensedOnly
  public PmoGroupJson put(PmoGroupJson body) {
    HostUser actor = guard.requireHostAdmin();
    PmoGroupJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    return json(errors.unwrap(setting.update(json.group(), version, actor.key())));
  }

  private static PmoGroupJson json(Versioned<Optional<String>> v) {
    return new PmoGroupJson(v.value().orElse(null), v.version());
  }
}
