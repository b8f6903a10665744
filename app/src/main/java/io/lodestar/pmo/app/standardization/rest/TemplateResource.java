package io.lodestar.pmo.app.standardization.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.standardization.Standardization;
import io.lodestar.pmo.app.standardization.TemplateContentCodec;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.ChangeJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.CreateTemplateJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.DiffJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.EditTemplateJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.TemplateJson;
import io.lodestar.pmo.app.standardization.rest.StandardizationJson.TemplateListJson;
import io.lodestar.pmo.engine.standardization.StandardizationKeys;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;

/**
 * Templates: {@code /rest/lodestar/1.0/standardization/templates}. PMO admins only (reads too:
 * templates are the PMO's configuration). An edit names the latest version it is based on and makes
 * a new version; based on an older one it is a 409. Every change is audited.
 */
@Path("standardization/templates")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TemplateResource {

  private final AccessGuard guard;
  private final Standardization standardization;
  private final RestErrors errors;

  public TemplateResource(AccessGuard guard, Standardization standardization, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.standardization = Objects.requireNonNull(standardization, "standardization");
    this.errors = new RestErrors(texts);
  }

  @GET
  @LicensedOnly
  public TemplateListJson list() {
    guard.requirePmoAdmin();
    return new TemplateListJson(
        standardization.templates().stream().map(TemplateJson::of).toList());
  }

  @GET
  @Path("{id}")
  @LicensedOnly
  public TemplateJson get(@PathParam("id") String id) {
    guard.requirePmoAdmin();
    return TemplateJson.of(find(id));
  }

  @GET
  @Path("{id}/versions/{number}")
  @LicensedOnly
  public TemplateJson version(@PathParam("id") String id, @PathParam("number") String number) {
    guard.requirePmoAdmin();
    Template t = find(id);
    int n = errors.intParam("number", number, 0, 1, Integer.MAX_VALUE);
    TemplateVersion v =
        t.version(n)
            .orElseThrow(
                () -> new NotFoundException(errors.text(Standardization.VERSION_NOT_FOUND, id, n)));
    return TemplateJson.of(t, v);
  }

  @GET
  @Path("{id}/diff")
  @LicensedOnly
  public DiffJson diff(
      @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
    guard.requirePmoAdmin();
    int a = required("from", from);
    int b = required("to", to);
    List<ChangeJson> changes =
        errors.unwrap(standardization.diff(id, a, b)).stream().map(ChangeJson::of).toList();
    return new DiffJson(id, a, b, changes);
  }

  @POST
  @LicensedOnly
  public Response create(CreateTemplateJson body) {
    HostUser admin = guard.requirePmoAdmin();
    CreateTemplateJson json = errors.requireBody(body);
    if (json.id() == null || json.id().isBlank()) {
      throw errors.invalid("id", StandardizationKeys.REQUIRED);
    }
    TemplateContent content = content(json.content());
    Template created = errors.unwrap(standardization.create(json.id(), content, admin.key()));
    return Response.status(Response.Status.CREATED).entity(TemplateJson.of(created)).build();
  }

  @PUT
  @Path("{id}")
  @LicensedOnly
  public TemplateJson edit(@PathParam("id") String id, EditTemplateJson body) {
    HostUser admin = guard.requirePmoAdmin();
    EditTemplateJson json = errors.requireBody(body);
    if (json.version() == null) {
      throw errors.invalid("version", StandardizationKeys.REQUIRED);
    }
    TemplateContent content = content(json.content());
    return TemplateJson.of(
        errors.unwrap(standardization.edit(id, json.version(), content, admin.key())));
  }

  private TemplateContent content(Object tree) {
    try {
      return TemplateContentCodec.read(tree);
    } catch (TemplateContentCodec.MalformedException e) {
      throw errors.invalid("content", List.of(e.violation()));
    }
  }

  private int required(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw errors.invalid(field, StandardizationKeys.REQUIRED);
    }
    return errors.intParam(field, raw, 0, 1, Integer.MAX_VALUE);
  }

  private Template find(String id) {
    return standardization
        .template(id)
        .orElseThrow(() -> new NotFoundException(errors.text(Standardization.NOT_FOUND, id)));
  }
}
