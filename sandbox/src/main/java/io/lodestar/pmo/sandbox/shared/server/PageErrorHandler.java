package io.lodestar.pmo.sandbox.shared.server;

import java.io.IOException;
import java.io.Writer;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.StringUtil;

/**
 * The error page of what the sandbox's own pages do not answer themselves (a missing static file, a
 * refused method): the status and its reason and a link to the landing page. Jetty's default also
 * names the servlet class and the server version, which tells a visitor nothing they need and an
 * attacker something; stacks are never shown.
 */
final class PageErrorHandler extends ErrorHandler {

  PageErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void writeErrorHtmlBody(
      Request request, Writer writer, int code, String message, Throwable cause)
      throws IOException {
    writer.write("<h2>");
    writer.write(Integer.toString(code));
    if (message != null && !message.isBlank()) {
      writer.write(" ");
      writer.write(StringUtil.sanitizeXmlString(message));
    }
    writer.write("</h2>\n<p>Lodestar sandbox: <a href=\"/\">back to the landing page</a>.</p>\n");
  }
}
