package io.lodestar.pmo.app.standardization.gate.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.standardization.gate.GateView;
import io.lodestar.pmo.app.standardization.gate.StageGateService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A project's stage gate: {@code /rest/lodestar/1.0/projects/{projectKey}/gate}. GET needs a
 * signed-in user who may browse the project (else 404); {@code POST .../request} and {@code
 * .../withdraw} need the project manager (project admin or PMO admin), {@code .../approve} and
 * {@code .../reject} a configured approver (403 otherwise). Every POST carries the {@code version}
 * read (409 when another decision came first) and the XSRF header; what the lifecycle refuses is a
 * 400 naming the field ({@code checklist.<id>}, {@code documents.<id>}, {@code comment}, {@code
 * quorum}, {@code phase}, {@code actor}).
 */
@Path("projects/{projectKey}/gate")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class StageGateResource {

  /**
   * A request: the version read, the checklist ids ticked, document id → http(s) link.
   *
   * @param version the gate's version as read
   * @param ticked checklist item ids
   * @param documents document id → link
   */
  public record RequestJson(Long version, List<String> ticked, Map<String, String> documents) {}

  /**
   * A decision or a withdrawal.
   *
   * @param version the gate's version as read
   * @param comment the comment (required to reject)
   */
  public record DecisionJson(Long version, String comment) {}

  private final StageGateService gates;
  private final RestErrors errors;

  public StageGateResource(StageGateService gates, Texts texts) {
    this.gates = Objects.requireNonNull(gates, "gates");
    this.errors = new RestErrors(texts);
  }

  @GET
  @LicensedOnly
  public GateView get(@PathParam("projectKey") String projectKey) {
    return gates.view(projectKey);
  }

  @POST
  @Path("request")
  @LicensedOnly
  public GateView request(@PathParam("projectKey") String projectKey, RequestJson body) {
    RequestJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    return errors.unwrap(
        gates.request(
            projectKey,
            version,
            StageGateService.ids(json.ticked()),
            StageGateService.links(json.documents())));
  }

  @POST
  @Path("withdraw")
  @LicensedOnly
  public GateView withdraw(@PathParam("projectKey") String projectKey, DecisionJson body) {
    DecisionJson json = errors.requireBody(body);
    return errors.unwrap(
        gates.withdraw(projectKey, errors.requireVersion("version", json.version())));
  }

  @POST
  @Path("approve")
  @LicensedOnly
  public GateView approve(@PathParam("projectKey") String projectKey, DecisionJson body) {
    DecisionJson json = errors.requireBody(body);
    return errors.unwrap(
        gates.approve(
            projectKey, errors.requireVersion("version", json.version()), json.comment()));
  }

  @POST
  @Path("reject")
  @LicensedOnly
  public GateView reject(@PathParam("projectKey") String projectKey, DecisionJson body) {
    DecisionJson json = errors.requireBody(body);
    return errors.unwrap(
        gates.reject(projectKey, errors.requireVersion("version", json.version()), json.comment()));
  }
}
