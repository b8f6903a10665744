package io.lodestar.pmo.app.training.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingService;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * A person's training data on request: {@code /rest/lodestar/1.0/admin/training/people/{key}}, for
 * PMO admins. {@code GET} exports it as JSON; {@code DELETE} erases every training row of the
 * person (the audit log keeps that it was erased, by whom and how many rows, not the data).
 */
@Path("admin/training/people/{personKey}")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class TrainingPrivacyResource {

  private final TrainingAccess access;
  private final TrainingService service;

  public TrainingPrivacyResource(TrainingAccess access, TrainingService service, Texts texts) {
    this.access = Objects.requireNonNull(access, "access");
    this.service = Objects.requireNonNull(service, "service");
    Objects.requireNonNull(texts, "texts");
  }

  /** Everything stored of the person. */
  @GET
  @LicensedOnly
  public TrainingJson.PersonJson export(@PathParam("personKey") String personKey) {
    access.guard().requirePmoAdmin();
    return TrainingJson.PersonJson.of(service.export(personKey));
  }

  /** Erases the person's training data. */
  @DELETE
  @LicensedOnly
  public TrainingJson.ErasedJson erase(@PathParam("personKey") String personKey) {
    HostUser actor = access.guard().requirePmoAdmin();
    return new TrainingJson.ErasedJson(personKey, service.erase(personKey, actor.key()));
  }
}
