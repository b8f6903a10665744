package io.lodestar.pmo.jira.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses OSGi manifest headers such as {@code Import-Package} into clauses. */
final class OsgiHeaders {

  /**
   * One clause: {@code com.atlassian.jira.issue;version="[11,12)";resolution:=optional}.
   *
   * @param name the path (package, jar …)
   * @param parameters attributes ({@code version}) and directives ({@code resolution:})
   */
  record Clause(String name, Map<String, String> parameters) {
    boolean isOptional() {
      return "optional".equals(parameters.get("resolution:"));
    }
  }

  private OsgiHeaders() {}

  static List<Clause> parse(String header) {
    List<Clause> clauses = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return clauses;
    }
    for (String clause : split(header, ',')) {
      List<String> parts = split(clause, ';');
      Map<String, String> parameters = new LinkedHashMap<>();
      List<String> names = new ArrayList<>();
      for (String part : parts) {
        int directive = part.indexOf(":=");
        int attribute = part.indexOf('=');
        if (directive > 0) {
          parameters.put(
              part.substring(0, directive).trim() + ":", unquote(part.substring(directive + 2)));
        } else if (attribute > 0) {
          parameters.put(
              part.substring(0, attribute).trim(), unquote(part.substring(attribute + 1)));
        } else if (!part.isBlank()) {
          names.add(part.trim());
        }
      }
      for (String name : names) {
        clauses.add(new Clause(name, parameters));
      }
    }
    return clauses;
  }

  private static String unquote(String value) {
    String v = value.trim();
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }

  /** Splits on {@code separator} outside double quotes. */
  private static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == separator && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }
}
