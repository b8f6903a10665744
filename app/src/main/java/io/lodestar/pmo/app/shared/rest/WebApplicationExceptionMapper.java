package io.lodestar.pmo.app.shared.rest;

import io.lodestar.pmo.app.shared.error.ErrorBody;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Keeps the status of JAX-RS's own failures (unsupported media type, unknown path, unreadable body)
 * but answers with an {@link ErrorBody} instead of the container's page.
 */
@Provider
public final class WebApplicationExceptionMapper
    implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    Response.Status known = Response.Status.fromStatusCode(status);
    String message = known == null ? "HTTP " + status : known.getReasonPhrase();
    if (status == 400) {
      message = "The request body could not be read: send valid JSON of the documented shape.";
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(status, message, List.of(), null))
        .build();
  }
}
