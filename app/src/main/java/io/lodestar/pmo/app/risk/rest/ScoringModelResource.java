package io.lodestar.pmo.app.risk.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.scoring.BandingMode;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ModelKind;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft;
import io.lodestar.pmo.engine.risk.service.ScoringModelService;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Optional;

/**
 * Scoring models: {@code /rest/lodestar/1.0/models}. Any signed-in licensed user may read them
 * (they are shown next to every register) and preview a draft; creating, changing and deleting
 * needs a PMO admin and is audited by the engine service. A model in use by a project or by the
 * portfolio default cannot be deleted: 409 naming the users ({@code *} = the default).
 */
@Path("models")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ScoringModelResource {

  private final AccessGuard guard;
  private final ScoringModelService models;
  private final RestErrors errors;

  public ScoringModelResource(AccessGuard guard, ScoringModelService models, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.models = Objects.requireNonNull(models, "models");
    this.errors = new RestErrors(texts);
  }

  /** Every model, by name. */
  @GET
  @LicensedOnly
  public List<ScoringModelJson> list() {
    guard.requireUser();
    return models.list().stream().map(ScoringModelJson::of).toList();
  }

  /**
   * The starting point of a new model (PMO admin): the PMBOK 5×5 default, valid as it is, not
   * stored (id and version 0).
   */
  @GET
  @Path("template")
  @LicensedOnly
  public ScoringModelJson template() {
    guard.requirePmoAdmin();
    return ScoringModelJson.of(FormulaModel.pmbokDefault());
  }

  /** One model; 404 when there is none with that id. */
  @GET
  @Path("{id}")
  @LicensedOnly
  public ScoringModelJson get(@PathParam("id") String id) {
    guard.requireUser();
    return ScoringModelJson.of(errors.unwrap(models.find(parseId(id))));
  }

  /** Creates a model (PMO admin): 201 with the stored model (new id, version 1). */
  @POST
  @LicensedOnly
  public Response create(ScoringModelJson body) {
    HostUser actor = guard.requirePmoAdmin();
    ScoringModelJson json = errors.requireBody(body);
    ScoringModel stored = errors.unwrap(models.create(actor.key(), draft(json, 0L, Versioned.NEW)));
    return Response.status(Response.Status.CREATED).entity(ScoringModelJson.of(stored)).build();
  }

  /** Replaces a model (PMO admin); the body's {@code version} must be the stored one, else 409. */
  @PUT
  @Path("{id}")
  @LicensedOnly
  public ScoringModelJson update(@PathParam("id") String id, ScoringModelJson body) {
    HostUser actor = guard.requirePmoAdmin();
    long modelId = parseId(id);
    ScoringModelJson json = errors.requireBody(body);
    long version = errors.requireVersion("version", json.version());
    long draftId = json.id() == null ? 0L : json.id();
    return ScoringModelJson.of(
        errors.unwrap(models.update(actor.key(), modelId, draft(json, draftId, version))));
  }

  /**
   * Deletes a model (PMO admin) at {@code ?version=N}: 204; 409 when the version is stale or the
   * model is in use.
   */
  @DELETE
  @Path("{id}")
  @LicensedOnly
  public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
    HostUser actor = guard.requirePmoAdmin();
    long modelId = parseId(id);
    long expected = errors.requireVersion("version", version);
    Outcome<ScoringModel> outcome = models.delete(actor.key(), modelId, expected);
    if (outcome instanceof Outcome.Invalid<ScoringModel> invalid) {
      Optional<Violation> inUse = inUse(invalid);
      if (inUse.isPresent()) {
        Violation v = inUse.get();
        throw new ModelInUseException(errors.text(v.messageKey(), v.args().toArray()), expected);
      }
    }
    errors.unwrap(outcome);
    return Response.noContent().build();
  }

  /**
   * Validates a draft without saving it and answers its matrix. Reads and writes nothing, so any
   * signed-in user may call it; it is a POST only because the draft travels in the body.
   */
  @POST
  @Path("preview")
  @LicensedOnly
  public ModelPreviewJson preview(ScoringModelJson body) {
    guard.requireUser();
    ScoringModelJson json = errors.requireBody(body);
    return ModelPreviewJson.of(errors.unwrap(models.preview(draft(json, 0L, Versioned.NEW))));
  }

  private ScoringModelDraft draft(ScoringModelJson json, long id, long version) {
    ModelKind kind = errors.requireEnum("kind", json.kind(), ModelKind.class);
    BandingMode mode = errors.requireEnum("bandingMode", json.bandingMode(), BandingMode.class);
    return json.toDraft(id, version, kind, mode);
  }

  /** A path id that is not a positive whole number names no model: 404, like an unknown id. */
  private long parseId(String raw) {
    long id;
    try {
      id = Long.parseLong(raw == null ? "" : raw.strip());
    } catch (NumberFormatException e) {
      id = 0L;
    }
    if (id <= 0L) {
      throw new NotFoundException(errors.text(RiskMessageKeys.MODEL_NOT_FOUND, raw));
    }
    return id;
  }

  private static Optional<Violation> inUse(Outcome.Invalid<ScoringModel> invalid) {
    return invalid.violations().stream()
        .filter(v -> v.messageKey().equals(RiskMessageKeys.MODEL_IN_USE))
        .findFirst();
  }
}
