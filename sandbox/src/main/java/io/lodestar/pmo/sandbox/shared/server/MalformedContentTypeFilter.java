package io.lodestar.pmo.sandbox.shared.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.pmo.app.shared.error.ErrorBody;
import io.lodestar.pmo.app.shared.error.FieldError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * In front of the REST servlet: an empty or unparseable {@code Content-Type} header answers 400
 * with Lodestar's {@link ErrorBody} naming the header. Without it Jersey answers such a request
 * with an empty 400 of its own, before its filters or exception mappers are asked.
 */
final class MalformedContentTypeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String HEADER = "Content-Type";

  static final String MESSAGE =
      "The Content-Type header is empty or malformed: send application/json.";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    for (String value : Collections.list(request.getHeaders(HEADER))) {
      if (!parses(value)) {
        byte[] body =
            JSON.writeValueAsBytes(
                new ErrorBody(400, MESSAGE, List.of(new FieldError(HEADER, MESSAGE)), null));
        response.setStatus(400);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean parses(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    try {
      MediaType type = MediaType.valueOf(value);
      return !type.getType().isBlank() && !type.getSubtype().isBlank();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
