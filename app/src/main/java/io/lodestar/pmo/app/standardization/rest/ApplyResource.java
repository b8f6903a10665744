package io.lodestar.pmo.app.standardization.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.standardization.apply.ProjectCreators;
import io.lodestar.pmo.app.standardization.apply.TemplateApplication;
import io.lodestar.pmo.app.standardization.rest.ApplyJson.ApplyRequestJson;
import io.lodestar.pmo.app.standardization.rest.ApplyJson.DryRunRequestJson;
import io.lodestar.pmo.app.standardization.rest.ApplyJson.MappingJson;
import io.lodestar.pmo.app.standardization.rest.ApplyJson.NewProjectJson;
import io.lodestar.pmo.app.standardization.rest.ApplyJson.PlanJson;
import io.lodestar.pmo.app.standardization.rest.ApplyJson.ReportJson;
import io.lodestar.pmo.engine.standardization.StandardizationKeys;
import io.lodestar.pmo.engine.standardization.apply.NewProject;
import io.lodestar.pmo.engine.standardization.apply.StatusMapping;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applying templates: {@code /rest/lodestar/1.0/standardization/...}. PMO admins run a project's
 * dry run and apply it (with the dry run's fingerprint: 409 when the plan changed since); PMO
 * admins and the PMO's project creator group create projects from a template. Writes need the XSRF
 * header (the host's filter); bad input is a 400 naming the field.
 */
@Path("standardization")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApplyResource {

  /** The plan changed since the dry run. */
  static final String PLAN_CHANGED = "lodestar.standardization.apply.error.planChanged";

  private final AccessGuard guard;
  private final TemplateApplication application;
  private final ProjectCreators creators;
  private final Texts texts;
  private final RestErrors errors;

  public ApplyResource(
      AccessGuard guard, TemplateApplication application, ProjectCreators creators, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.application = Objects.requireNonNull(application, "application");
    this.creators = Objects.requireNonNull(creators, "creators");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.errors = new RestErrors(texts);
  }

  @POST
  @Path("projects/{projectKey}/dry-run")
  @LicensedOnly
  public PlanJson dryRun(@PathParam("projectKey") String projectKey, DryRunRequestJson body) {
    guard.requirePmoAdmin();
    ProjectRef project = guard.requireBrowse(projectKey);
    DryRunRequestJson json = body == null ? new DryRunRequestJson(null, null) : body;
    TemplateApplication.Planned planned =
        errors.unwrap(
            application.dryRun(project.key(), choices(json.statusMappings(), json.roleMembers())));
    return PlanJson.of(planned.plan(), planned.fingerprint(), texts);
  }

  @POST
  @Path("projects/{projectKey}/apply")
  @LicensedOnly
  public ReportJson apply(@PathParam("projectKey") String projectKey, ApplyRequestJson body) {
    HostUser admin = guard.requirePmoAdmin();
    ProjectRef project = guard.requireBrowse(projectKey);
    ApplyRequestJson json = errors.requireBody(body);
    if (json.fingerprint() == null || json.fingerprint().isBlank()) {
      throw errors.invalid("fingerprint", StandardizationKeys.REQUIRED);
    }
    TemplateApplication.Applied applied =
        errors.unwrap(
            application.apply(
                project.key(),
                choices(json.statusMappings(), json.roleMembers()),
                json.fingerprint(),
                admin.key()));
    if (applied instanceof TemplateApplication.Applied.PlanChanged changed) {
      throw new PlanChangedConflict(
          errors.text(PLAN_CHANGED, changed.current().fingerprint().substring(0, 12)));
    }
    return ReportJson.of((TemplateApplication.Applied.Done) applied, texts);
  }

  @POST
  @Path("projects")
  @LicensedOnly
  public Response createProject(NewProjectJson body) {
    HostUser creator = creators.require();
    NewProjectJson json = errors.requireBody(body);
    if (json.templateId() == null || json.templateId().isBlank()) {
      throw errors.invalid("templateId", StandardizationKeys.REQUIRED);
    }
    TemplateApplication.Applied applied =
        errors.unwrap(
            application.createProject(
                new NewProject(
                    json.key() == null ? "" : json.key().strip(),
                    json.name() == null ? "" : json.name(),
                    json.lead() == null ? "" : json.lead().strip()),
                json.templateId(),
                Optional.ofNullable(json.version()),
                members(json.roleMembers()),
                creator.key()));
    ReportJson report = ReportJson.of((TemplateApplication.Applied.Done) applied, texts);
    return Response.status("APPLIED".equals(report.state()) ? 201 : 200).entity(report).build();
  }

  private TemplateApplication.Choices choices(
      List<MappingJson> mappings, Map<String, List<String>> roleMembers) {
    List<StatusMapping> out = new ArrayList<>();
    if (mappings != null) {
      for (int i = 0; i < mappings.size(); i++) {
        MappingJson m = mappings.get(i);
        String at = "statusMappings[" + i + "]";
        if (m == null) {
          throw errors.invalid(at, StandardizationKeys.REQUIRED);
        }
        out.add(
            new StatusMapping(
                required(at + ".issueType", m.issueType()),
                required(at + ".from", m.from()),
                required(at + ".to", m.to()),
                Boolean.TRUE.equals(m.confirmCategoryChange())));
      }
    }
    return new TemplateApplication.Choices(out, members(roleMembers));
  }

  private Map<String, List<String>> members(Map<String, List<String>> roleMembers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (roleMembers == null) {
      return out;
    }
    for (Map.Entry<String, List<String>> e : roleMembers.entrySet()) {
      String field = "roleMembers." + e.getKey();
      if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
        throw errors.invalid(field, StandardizationKeys.REQUIRED);
      }
      List<String> users = new ArrayList<>();
      for (String u : e.getValue()) {
        users.add(required(field, u));
      }
      if (!users.isEmpty()) {
        out.put(e.getKey().strip(), users);
      }
    }
    return out;
  }

  private String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw errors.invalid(field, StandardizationKeys.REQUIRED);
    }
    return value.strip();
  }
}
