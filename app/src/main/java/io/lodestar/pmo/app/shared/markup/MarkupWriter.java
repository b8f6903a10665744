package io.lodestar.pmo.app.shared.markup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Writes XML, SVG or HTML markup with every attribute value and text escaped, so that a name such
 * as {@code <script>} is shown as text and can never become markup (the portfolio charts, the
 * workflow diagram). Characters XML 1.0 does not allow (control characters other than tab, line
 * feed and carriage return, lone surrogates) are replaced by U+FFFD, so the output always parses.
 * Coordinates are written with at most one decimal, in the root locale, so the same drawing is the
 * same text on every machine. Not thread-safe.
 */
public final class MarkupWriter {

  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<String> open = new ArrayDeque<>();

  /** Opens an element; {@code attributes} are name, value pairs (values escaped). */
  public MarkupWriter open(String name, Object... attributes) {
    start(name, attributes);
    out.append('>');
    open.push(name);
    return this;
  }

  /** An element without content. */
  public MarkupWriter empty(String name, Object... attributes) {
    start(name, attributes);
    out.append("/>");
    return this;
  }

  /** An element holding only {@code text} (escaped). */
  public MarkupWriter text(String name, String text, Object... attributes) {
    start(name, attributes);
    out.append('>');
    escape(text, out);
    out.append("</").append(name).append('>');
    return this;
  }

  /** Escaped text inside the innermost open element. */
  public MarkupWriter chars(String text) {
    escape(text, out);
    return this;
  }

  /** Closes the innermost open element. */
  public MarkupWriter close() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** The markup; every element must be closed. */
  public String toXml() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }

  private void start(String name, Object[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes must be name, value pairs");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append(attributes[i]).append("=\"");
      escape(value instanceof Double d ? number(d) : value.toString(), out);
      out.append('"');
    }
  }

  /** A coordinate: at most one decimal, no exponent, "-0" written as "0". */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite coordinate: " + value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.stripTrailingZeros().toPlainString();
  }

  /** Escapes {@code & < > " '} and replaces characters XML cannot hold. */
  public static void escape(String text, StringBuilder out) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0xFFFE
              || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** {@link #escape(String, StringBuilder)} into a new string. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, out);
    return out.toString();
  }
}
