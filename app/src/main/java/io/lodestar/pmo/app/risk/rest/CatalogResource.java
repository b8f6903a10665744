package io.lodestar.pmo.app.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.host.CatalogEntry;
import io.lodestar.pmo.app.shared.host.FieldCatalog;
import io.lodestar.pmo.app.shared.host.FieldOptions;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * Look-ups for the admin page's pickers: {@code /rest/lodestar/1.0/catalog}. Read-only.
 *
 * <p><b>Who may call</b> (a deliberate difference between the two lists):
 *
 * <ul>
 *   <li>{@code GET catalog/issue-types}: any signed-in licensed user (401 when anonymous). Issue
 *       type names are not sensitive: Jira shows them on every issue and in its own REST API.
 *   <li>{@code GET catalog/fields}: a PMO admin, or, with {@code ?project=KEY}, an admin of that
 *       project (403 otherwise; 404 when the project cannot be browsed). The list names every
 *       custom field of the instance, including fields of projects the caller cannot see, whose
 *       names can leak what those projects track; only the people who map risk fields need it.
 * </ul>
 */
@Path("catalog")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class CatalogResource {

  /**
   * One entry as JSON.
   *
   * @param id the host id ({@code 10001}; {@code customfield_10010}, {@code duedate})
   * @param name the display name
   * @param type fields: the custom field type key or {@code system:<id>}; issue types: {@code
   *     standard} or {@code subtask}
   */
  public record EntryJson(String id, String name, String type) {
    static EntryJson of(CatalogEntry entry) {
      return new EntryJson(entry.id(), entry.name(), entry.type());
    }
  }

  private final AccessGuard guard;
  private final FieldCatalog catalog;

  public CatalogResource(AccessGuard guard, FieldCatalog catalog) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * A select field's options.
   *
   * @param labels the options' display values
   * @param ordered whether {@code labels} is the field's configured order
   */
  public record OptionsJson(List<String> labels, boolean ordered) {}

  /** Every issue type, by name. */
  @GET
  @Path("issue-types")
  @LicensedOnly
  public List<EntryJson> issueTypes() {
    guard.requireUser();
    return catalog.issueTypes().stream().map(EntryJson::of).toList();
  }

  /** The fields a risk mapping can name, by name; PMO admins, or admins of {@code project}. */
  @GET
  @Path("fields")
  @LicensedOnly
  public List<EntryJson> fields(@QueryParam("project") String projectKey) {
    requireFieldMapper(projectKey);
    return catalog.fields().stream().map(EntryJson::of).toList();
  }

  private void requireFieldMapper(String projectKey) {
    guard.requireUser();
    if (projectKey == null || projectKey.isBlank()) {
      guard.requirePmoAdmin();
    } else {
      guard.requireProjectAdmin(projectKey.strip());
    }
  }

  /**
   * A select field's options, for the mapping form's option levels; the same callers as {@link
   * #fields(String)}. A field that is no select field, or unknown, has none (never 404: field ids
   * are not secret to these callers, who see the whole list).
   */
  @GET
  @Path("fields/{id}/options")
  @LicensedOnly
  public OptionsJson options(
      @PathParam("id") String fieldId, @QueryParam("project") String projectKey) {
    requireFieldMapper(projectKey);
    if (fieldId == null
        || fieldId.isBlank()
        || fieldId.length()
            > io.lodestar.pmo.engine.risk.mapping.RiskFieldMappingLimits.MAX_ID_LENGTH) {
      return new OptionsJson(List.of(), false);
    }
    FieldOptions options = catalog.options(fieldId.strip());
    return new OptionsJson(options.labels(), options.ordered());
  }
}
