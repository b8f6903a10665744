package io.lodestar.pmo.app.shared.rest;

import io.lodestar.pmo.app.shared.error.ErrorBody;
import io.lodestar.pmo.app.shared.error.LodestarException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns a {@link LodestarException} into its status and an {@link ErrorBody}. */
@Provider
public final class LodestarExceptionMapper implements ExceptionMapper<LodestarException> {

  @Override
  public Response toResponse(LodestarException e) {
    return Response.status(e.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorBody.of(e))
        .build();
  }
}
