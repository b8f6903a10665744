package io.lodestar.pmo.sandbox.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.lodestar.pmo.jira.shared.rest.WebApplicationExceptionMapper;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON of the expected shape answers 400 with the plugin's own error
 * body ({@link WebApplicationExceptionMapper}'s answer to an unreadable body). Jackson reports such
 * a body as a {@link JsonProcessingException}, which the plugin's mappers do not cover; inside Jira
 * the host's JSON provider turns it into a 400 before they are asked.
 */
@Provider
public final class UnreadableJsonMapper implements ExceptionMapper<JsonProcessingException> {

  private final WebApplicationExceptionMapper delegate = new WebApplicationExceptionMapper();

  @Override
  public Response toResponse(JsonProcessingException e) {
    return delegate.toResponse(new BadRequestException(e.getOriginalMessage()));
  }
}
