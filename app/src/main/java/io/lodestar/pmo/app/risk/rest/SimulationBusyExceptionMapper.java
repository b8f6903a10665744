package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.app.shared.error.ErrorBody;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 503 with the usual {@link ErrorBody} and a {@code Retry-After} header in seconds. JAX-RS picks
 * the mapper of the nearest superclass, so this one wins over the shared {@code
 * LodestarExceptionMapper} (which would answer the same status without the header).
 */
@Provider
public final class SimulationBusyExceptionMapper
    implements ExceptionMapper<SimulationBusyException> {

  @Override
  public Response toResponse(SimulationBusyException e) {
    return Response.status(e.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()))
        .entity(ErrorBody.of(e))
        .build();
  }
}
