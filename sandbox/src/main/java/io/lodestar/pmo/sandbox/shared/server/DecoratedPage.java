package io.lodestar.pmo.sandbox.shared.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a page that asks for a decorator ({@code <meta name="decorator" content="…">}, as
 * Lodestar's templates do for Jira's page decorator): its title, the rest of its head (style
 * sheets, scripts, other meta) and its body. All three are HTML as the page's template rendered it.
 *
 * @param decorator the decorator it asked for, e.g. {@code atl.general} or {@code atl.admin}
 * @param titleHtml the title's content
 * @param headHtml the head without the title and the decorator meta tag
 * @param bodyHtml the body's content
 */
public record DecoratedPage(String decorator, String titleHtml, String headHtml, String bodyHtml) {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern DECORATOR =
      Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"([^\"]*)\"\\s*/?>", FLAGS);
  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", FLAGS);
  private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>", FLAGS);
  private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", FLAGS);

  /**
   * @param html a whole HTML document
   * @return its parts, or empty when it asks for no decorator (then it is sent as it is)
   */
  public static Optional<DecoratedPage> parse(String html) {
    Matcher decorator = DECORATOR.matcher(html);
    Matcher head = HEAD.matcher(html);
    Matcher body = BODY.matcher(html);
    if (!decorator.find() || !head.find() || !body.find()) {
      return Optional.empty();
    }
    String headHtml = head.group(1);
    Matcher title = TITLE.matcher(headHtml);
    String titleHtml = title.find() ? title.group(1).trim() : "";
    String rest = TITLE.matcher(headHtml).replaceFirst("");
    rest = DECORATOR.matcher(rest).replaceFirst("");
    return Optional.of(new DecoratedPage(decorator.group(1), titleHtml, rest, body.group(1)));
  }
}
