package io.lodestar.pmo.app.shared.rest;

import io.lodestar.pmo.app.shared.error.ErrorBody;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * A request body the JSON provider cannot read (malformed JSON, a string where a number belongs, an
 * empty body) answers 400 with the same {@link ErrorBody} as {@link WebApplicationExceptionMapper}
 * gives an unreadable body, never a 500.
 *
 * <p>Why {@link IOException} and not Jackson's {@code JsonProcessingException}: a {@link
 * MessageBodyReader} reports an unreadable entity as an {@code IOException} (Jackson's exceptions
 * are subclasses), and the JAX-RS runtime hands it to the exception mappers as it is. Mapping the
 * JAX-RS-level type keeps the bundle free of an {@code Import-Package} of Jackson, whose packages
 * the host is not known to export to plugins, and covers whichever JSON provider the host uses. No
 * Lodestar resource method throws an {@code IOException} of its own before its response is
 * committed (the CSV export's writes fail only when the client has gone), so this mapper speaks for
 * unreadable request bodies only. The parser's message is not echoed: it can name internal classes.
 */
@Provider
public final class UnreadableBodyMapper implements ExceptionMapper<IOException> {

  private final WebApplicationExceptionMapper badRequest = new WebApplicationExceptionMapper();

  @Override
  public Response toResponse(IOException e) {
    return badRequest.toResponse(new BadRequestException());
  }
}
