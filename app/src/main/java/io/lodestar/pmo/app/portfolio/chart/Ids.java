package io.lodestar.pmo.app.portfolio.chart;

import java.util.Locale;

/** Element ids from caller-given text. */
final class Ids {

  private Ids() {}

  /** Lower case a–z, 0–9 and -, other characters dropped; "lodestar-chart" when nothing is left. */
  static String sanitize(String id) {
    String clean = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
      clean = "lodestar-chart" + (clean.isEmpty() ? "" : "-" + clean);
    }
    return clean;
  }
}
