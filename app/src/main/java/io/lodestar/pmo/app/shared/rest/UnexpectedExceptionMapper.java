package io.lodestar.pmo.app.shared.rest;

import io.lodestar.pmo.app.shared.error.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a bug. Logs it with an incident id and answers 500 with that id only — the
 * client never sees a stack trace.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Override
  public Response toResponse(RuntimeException e) {
    String incident = UUID.randomUUID().toString();
    LOG.error("Lodestar request failed, incident {}", incident, e);
    return Response.status(500)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ErrorBody(
                500,
                "Lodestar could not complete the request (incident " + incident + ").",
                List.of(),
                null))
        .build();
  }
}
