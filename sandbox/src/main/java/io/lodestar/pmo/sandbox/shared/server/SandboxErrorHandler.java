package io.lodestar.pmo.sandbox.shared.server;

import java.io.IOException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request Jetty refuses before any servlet sees it (a {@code %00} in the path, a
 * malformed header): Lodestar's JSON error body {@code {status, message, errors: []}} with the
 * status's reason phrase, instead of Jetty's HTML page. Neither the exception, its message nor a
 * stack trace is shown.
 */
final class SandboxErrorHandler extends ErrorHandler {

  SandboxErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    String reason = HttpStatus.getMessage(code);
    String body =
        "{\"status\":"
            + code
            + ",\"message\":\""
            + (reason == null ? "Error" : reason.replaceAll("[^A-Za-z0-9 '-]", ""))
            + ".\",\"errors\":[]}";
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    Content.Sink.write(response, true, body, callback);
  }
}
