package io.lodestar.pmo.sandbox.shared.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds back a response's body so that {@link DecoratorFilter} can wrap it in the sandbox layout;
 * status and headers go through to the real response as they are set.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

  private final CharArrayWriter chars = new CharArrayWriter();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private PrintWriter writer;
  private ServletOutputStream stream;

  BufferedResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was called already");
    }
    if (writer == null) {
      writer = new PrintWriter(chars);
    }
    return writer;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called already");
    }
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new UnsupportedOperationException("blocking only");
            }

            @Override
            public void write(int b) {
              bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              bytes.write(b, off, len);
            }
          };
    }
    return stream;
  }

  @Override
  public void setContentLength(int len) {
    // the decorated length differs; the container computes it
  }

  @Override
  public void setContentLengthLong(long len) {
    // the decorated length differs; the container computes it
  }

  @Override
  public void flushBuffer() {
    // held back until the filter has decided
  }

  /** The body written so far, as text. */
  String body() {
    if (writer != null) {
      writer.flush();
      return chars.toString();
    }
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return bytes.toString(charset);
  }

  /** Sends the body held back to the real response, unchanged. */
  void writeThrough(HttpServletResponse response) throws java.io.IOException {
    if (writer != null) {
      writer.flush();
      response.getWriter().write(chars.toCharArray());
    } else if (bytes.size() > 0) {
      bytes.writeTo(response.getOutputStream());
    }
  }

  /** Whether the body is HTML. */
  boolean isHtml() {
    String type = getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
  }
}
