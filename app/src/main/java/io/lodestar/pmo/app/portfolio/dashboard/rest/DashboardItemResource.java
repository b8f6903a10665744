package io.lodestar.pmo.app.portfolio.dashboard.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig.Column;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig.Sort;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfigs;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.host.Texts;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A "Lodestar portfolio health" item's configuration: {@code
 * /rest/lodestar/1.0/dashboard-items/{id}/config}. Reading and saving need the owner of the item's
 * dashboard (403 for anybody else, 404 for an unknown item); saving needs the {@code version}
 * edited (0 when none is stored; stale: 409), and every field valid (400 naming it).
 */
@Path("dashboard-items/{id}/config")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DashboardItemResource {

  /** A configuration as JSON, the same shape in and out; {@code portfolio} null when unset. */
  public record ConfigJson(
      Long version, String portfolio, List<String> columns, String sort, Integer rows) {
    static ConfigJson of(HealthItemConfig c) {
      return new ConfigJson(
          c.version(),
          c.portfolioKey(),
          c.columns().stream().map(Enum::name).toList(),
          c.sort() == null ? null : c.sort().name(),
          c.rows());
    }
  }

  private final HealthItemConfigs configs;
  private final RestErrors errors;

  public DashboardItemResource(HealthItemConfigs configs, Texts texts) {
    this.configs = Objects.requireNonNull(configs, "configs");
    this.errors = new RestErrors(texts);
  }

  @GET
  @LicensedOnly
  public ConfigJson get(@PathParam("id") String id) {
    return ConfigJson.of(configs.ownedItem(itemId(id)).config());
  }

  @PUT
  @LicensedOnly
  public ConfigJson put(@PathParam("id") String id, ConfigJson body) {
    long itemId = itemId(id);
    configs.ownedItem(itemId);
    ConfigJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    if (json.columns() != null && json.columns().size() > Column.values().length) {
      throw errors.invalid(
          "columns", "lodestar.dashboard.config.error.tooMany", Column.values().length);
    }
    List<Column> columns = new ArrayList<>();
    if (json.columns() != null) {
      for (String c : json.columns()) {
        columns.add(errors.requireEnum("columns", c, Column.class));
      }
    }
    Sort sort = json.sort() == null ? null : errors.requireEnum("sort", json.sort(), Sort.class);
    if (json.rows() == null) {
      throw errors.invalid("rows", "lodestar.dashboard.config.error.required");
    }
    HealthItemConfig config =
        new HealthItemConfig(
            json.portfolio() == null ? null : json.portfolio().strip(),
            columns,
            sort,
            json.rows(),
            version);
    return ConfigJson.of(errors.unwrap(configs.save(itemId, config)));
  }

  private long itemId(String raw) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new io.lodestar.pmo.app.shared.error.NotFoundException(
          errors.text("lodestar.dashboard.item.notFound", raw));
    }
  }
}
