package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.shared.mail.Html;
import java.util.Locale;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * HTML-escapes every value a template inserts, as Jira's template renderer does for plugin
 * templates. The one exception is Jira's naming rule: a reference whose last name ends in {@code
 * html} (any case), e.g. {@code $bodyHtml} or {@code $view.summaryHtml()}, is trusted to hold HTML
 * that is already escaped. Lodestar's own templates use no such reference; the sandbox layout uses
 * it for the page body it wraps, which was rendered (and escaped) by the plugin's template.
 */
public final class HtmlEscapingInsertionHandler implements ReferenceInsertionEventHandler {

  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (value == null || isTrustedHtml(reference)) {
      return value;
    }
    return escape(value.toString());
  }

  /**
   * @param reference the reference as written in the template, e.g. {@code $!{page.titleHtml()}}
   * @return whether its last name ends in {@code html}, ignoring case
   */
  static boolean isTrustedHtml(String reference) {
    String name = reference.replace("$", "").replace("!", "").replace("{", "").replace("}", "");
    int call = name.indexOf('(');
    if (call >= 0) {
      name = name.substring(0, call);
    }
    int dot = name.lastIndexOf('.');
    String last = dot >= 0 ? name.substring(dot + 1) : name;
    return last.trim().toLowerCase(Locale.ROOT).endsWith("html");
  }

  /**
   * @param text any text; null gives the empty string
   * @return the text HTML-escaped exactly as the plugin escapes what it assembles itself
   */
  public static String escape(String text) {
    return Html.escape(text);
  }
}
