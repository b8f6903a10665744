package io.lodestar.pmo.engine.standardization.template;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JQL query with the placeholder {@code {project}}, which {@link #render(String)} replaces by the
 * project key as a quoted JQL string literal (backslash and double quote escaped), so a key can
 * never change the query's structure. The only placeholder is {@code {project}}; it must occur at
 * least once so that a count is always scoped to one project. 1 to {@value #MAX_LENGTH} characters.
 *
 * @param text the template text; never null
 */
public record JqlTemplate(String text) {

  public static final int MAX_LENGTH = 2_000;
  public static final String PROJECT = "{project}";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]*)}");

  public JqlTemplate {
    Objects.requireNonNull(text, "text");
  }

  public static JqlTemplate of(String text) {
    return new JqlTemplate(text);
  }

  /** A placeholder other than {@code {project}}, if the text has one. */
  public Optional<String> unknownPlaceholder() {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!m.group().equals(PROJECT)) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  /** The query for one project; e.g. {@code project = {project}} gives {@code project = "ABC"}. */
  public String render(String projectKey) {
    String literal = "\"" + projectKey.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return text.replace(PROJECT, literal);
  }

  /**
   * The issue navigator address (relative to Jira's base URL) that lists the issues {@link
   * #render(String)} counts.
   */
  public String navigatorPath(String projectKey) {
    return "/issues/?jql=" + URLEncoder.encode(render(projectKey), StandardCharsets.UTF_8);
  }
}
