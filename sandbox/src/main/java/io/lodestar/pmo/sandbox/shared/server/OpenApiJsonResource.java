package io.lodestar.pmo.sandbox.shared.server;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET openapi.json}: the REST API's OpenAPI document, built once at start-up ({@link
 * OpenApiDocument}). Asked for before it is ready, it waits up to {@value #WAIT_MILLIS} ms, then
 * answers 503 with {@code Retry-After} rather than holding the request.
 */
@Path("openapi.json")
public final class OpenApiJsonResource {

  static final long WAIT_MILLIS = 30_000;

  private final OpenApiDocument document;

  OpenApiJsonResource(OpenApiDocument document) {
    this.document = Objects.requireNonNull(document, "document");
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() throws InterruptedException {
    try {
      return Response.ok(document.json(WAIT_MILLIS), MediaType.APPLICATION_JSON_TYPE).build();
    } catch (TimeoutException e) {
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .header("Retry-After", "5")
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              Map.of("status", 503, "message", "The API document is still being built: try again."))
          .build();
    }
  }
}
