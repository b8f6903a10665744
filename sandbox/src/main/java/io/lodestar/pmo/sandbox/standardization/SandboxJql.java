package io.lodestar.pmo.sandbox.standardization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small JQL subset the sandbox's artifact counts and issue list understand, translated to a SQL
 * condition on {@code issue i} (joined to {@code project p} and {@code issue_type t}): clauses
 * joined by {@code AND}, each one of
 *
 * <ul>
 *   <li>{@code project = KEY}, {@code issuetype = NAME}, {@code status = NAME}, {@code status !=
 *       NAME} (names bare or double-quoted)
 *   <li>{@code statusCategory = Done} / {@code != Done} (also {@code "To Do"}, {@code "In
 *       Progress"})
 *   <li>{@code assignee|duedate|resolution|"Epic Link" is EMPTY} / {@code is not EMPTY}
 *   <li>{@code updated|created|resolved < -Nd} / {@code >= -Nd} (N days before now)
 * </ul>
 *
 * Anything else is refused with the clause named, so a rule the sandbox cannot count is
 * <em>unknown</em>, never passed. Values are bound as parameters, never pasted into SQL.
 */
public final class SandboxJql {

  /**
   * A translated query.
   *
   * @param where the SQL condition
   * @param params its parameters in order (strings and longs)
   * @param projectKey the project it is scoped to; null when none
   */
  public record Where(String where, List<Object> params, String projectKey) {
    public Where {
      Objects.requireNonNull(where, "where");
      params = List.copyOf(params);
    }
  }

  /** A query outside the subset, with the reason. */
  public static final class UnsupportedJqlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnsupportedJqlException(String message) {
      super(message);
    }
  }

  private static final String VALUE = "(\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z0-9_.\\-]+)";
  private static final Pattern EQ =
      Pattern.compile(
          "(project|issuetype|type|status|statusCategory)\\s*(=|!=)\\s*" + VALUE,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EMPTY =
      Pattern.compile(
          "(assignee|duedate|resolution|\"Epic Link\")\\s+is\\s+(not\\s+)?(EMPTY|NULL)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGE =
      Pattern.compile(
          "(updated|created|resolved)\\s*(<|<=|>|>=)\\s*\"?-(\\d{1,5})d\"?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AND = Pattern.compile("\\s+AND\\s+", Pattern.CASE_INSENSITIVE);

  private SandboxJql() {}

  /**
   * @throws UnsupportedJqlException for a query outside the subset
   */
  public static Where translate(String jql) {
    String text = Objects.requireNonNull(jql, "jql").strip();
    if (text.isEmpty()) {
      throw new UnsupportedJqlException("empty query");
    }
    List<String> sql = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    String project = null;
    for (String clause : splitAnd(text)) {
      String c = clause.strip();
      Matcher m;
      if ((m = EQ.matcher(c)).matches()) {
        String field = m.group(1).toLowerCase(Locale.ROOT);
        boolean not = m.group(2).equals("!=");
        String value = unquote(m.group(3));
        switch (field) {
          case "project" -> {
            if (not) {
              throw unsupported(c);
            }
            sql.add("p.project_key = ?");
            params.add(value);
            project = value;
          }
          case "issuetype", "type" -> {
            sql.add(not ? "LOWER(t.name) <> LOWER(?)" : "LOWER(t.name) = LOWER(?)");
            params.add(value);
          }
          case "status" -> {
            sql.add(not ? "LOWER(i.status_name) <> LOWER(?)" : "LOWER(i.status_name) = LOWER(?)");
            params.add(value);
          }
          default -> {
            sql.add(not ? "i.status_category <> ?" : "i.status_category = ?");
            params.add(category(value, c));
          }
        }
      } else if ((m = EMPTY.matcher(c)).matches()) {
        String column =
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
              case "assignee" -> "i.assignee_key";
              case "duedate" -> "i.due_date";
              case "resolution" -> "i.resolution";
              default -> "i.epic_key";
            };
        sql.add(column + (m.group(2) == null ? " IS NULL" : " IS NOT NULL"));
      } else if ((m = AGE.matcher(c)).matches()) {
        String column =
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
              case "updated" -> "i.updated";
              case "created" -> "i.created";
              default -> "i.resolution_date";
            };
        sql.add(column + " " + m.group(2) + " DATEADD('DAY', ?, CURRENT_TIMESTAMP)");
        params.add(-Long.parseLong(m.group(3)));
      } else {
        throw unsupported(c);
      }
    }
    return new Where(String.join(" AND ", sql), params, project);
  }

  private static List<String> splitAnd(String text) {
    // AND inside a quoted value must not split: split only outside quotes.
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\' && quoted && i + 1 < text.length()) {
        current.append(ch).append(text.charAt(++i));
        continue;
      }
      if (ch == '"') {
        quoted = !quoted;
      }
      if (!quoted) {
        Matcher m = AND.matcher(text).region(i, text.length());
        if (m.lookingAt()) {
          parts.add(current.toString());
          current.setLength(0);
          i = m.end() - 1;
          continue;
        }
      }
      current.append(ch);
    }
    parts.add(current.toString());
    return parts;
  }

  private static String unquote(String value) {
    if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return value;
  }

  private static String category(String value, String clause) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "done" -> "done";
      case "to do", "new" -> "new";
      case "in progress", "indeterminate" -> "indeterminate";
      default -> throw unsupported(clause);
    };
  }

  private static UnsupportedJqlException unsupported(String clause) {
    return new UnsupportedJqlException(
        "the sandbox's JQL does not understand \"" + clause + "\" (see SandboxJql)");
  }
}
