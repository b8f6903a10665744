package io.lodestar.pmo.app.standardization.diagram;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Writes XML/HTML markup with every attribute value and text escaped; characters XML 1.0 cannot
 * hold become U+FFFD so the output always parses. Numbers are written with at most one decimal in
 * the root locale, so the same diagram is the same text on every machine. Not thread-safe.
 */
final class Markup {

  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<String> open = new ArrayDeque<>();

  Markup open(String name, Object... attributes) {
    start(name, attributes);
    out.append('>');
    open.push(name);
    return this;
  }

  Markup empty(String name, Object... attributes) {
    start(name, attributes);
    out.append("/>");
    return this;
  }

  Markup text(String name, String text, Object... attributes) {
    start(name, attributes);
    out.append('>');
    escape(text, out);
    out.append("</").append(name).append('>');
    return this;
  }

  /** Escaped text inside the innermost open element. */
  Markup chars(String text) {
    escape(text, out);
    return this;
  }

  Markup close() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  String toXml() {
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

  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite coordinate: " + value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  static void escape(String text, StringBuilder out) {
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
}
