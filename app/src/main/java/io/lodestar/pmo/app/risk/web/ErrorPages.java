package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.app.shared.error.FieldError;
import io.lodestar.pmo.app.shared.error.LodestarException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a refusal (400 from a page's own parameter checks; 401, 403, 404 from {@link
 * io.lodestar.pmo.app.shared.security.AccessGuard}) into the error page with the same status, so a
 * page never shows a stack trace or a blank screen. A 400 page names every rejected parameter with
 * its message.
 */
final class ErrorPages {

  /** The error page template. */
  static final String TEMPLATE = "templates/risk/error.vm";

  private ErrorPages() {}

  static PageView of(LodestarException refusal, WebText text) {
    String titleKey =
        switch (refusal.status()) {
          case 400 -> "lodestar.risk.web.error.400";
          case 401 -> "lodestar.risk.web.error.401";
          case 403 -> "lodestar.risk.web.error.403";
          case 404 -> "lodestar.risk.web.error.404";
          default -> "lodestar.risk.web.error.other";
        };
    return new PageView(
        TEMPLATE,
        refusal.status(),
        Map.of("error", new ErrorPageView(text.get(titleKey), message(refusal)), "text", text));
  }

  private static String message(LodestarException refusal) {
    String message = String.valueOf(refusal.getMessage());
    if (refusal.fieldErrors().isEmpty()) {
      return message;
    }
    return message
        + " "
        + refusal.fieldErrors().stream().map(ErrorPages::describe).collect(Collectors.joining(" "));
  }

  private static String describe(FieldError error) {
    return error.field() + ": " + error.message();
  }
}
