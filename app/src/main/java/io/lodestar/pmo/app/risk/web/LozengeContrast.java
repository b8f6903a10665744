package io.lodestar.pmo.app.risk.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text colour of a band lozenge, chosen from the band's colour so that the label meets WCAG 2's
 * AA contrast for normal text ({@value #MINIMUM}:1): white when white reaches it (the red and
 * dark-red bands), otherwise AUI's dark text colour when that does (amber, green), otherwise black
 * (which always reaches it where white does not: the better of black and white is at least 4.58:1).
 * Contrast is WCAG's {@code (L1 + 0.05) / (L2 + 0.05)} of the sRGB relative luminances.
 */
public final class LozengeContrast {

  /** WCAG 2 AA contrast for normal-size text. */
  public static final double MINIMUM = 4.5;

  /** Light text (AUI's lozenge text on saturated colours). */
  public static final String LIGHT_TEXT = "#FFFFFF";

  /** AUI's dark text colour (N800). */
  public static final String DARK_TEXT = "#172B4D";

  /** Black, when neither of the others is legible enough. */
  public static final String BLACK_TEXT = "#000000";

  private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

  private LozengeContrast() {}

  /**
   * @param background a band colour, {@code #rgb} or {@code #rrggbb}; anything else is taken as the
   *     neutral grey of an unrated lozenge
   * @return the text colour to draw on it
   */
  public static String textOn(String background) {
    String colour = valid(background) ? background : LevelView.NEUTRAL;
    if (ratio(colour, LIGHT_TEXT) >= MINIMUM) {
      return LIGHT_TEXT;
    }
    if (ratio(colour, DARK_TEXT) >= MINIMUM) {
      return DARK_TEXT;
    }
    return BLACK_TEXT;
  }

  /**
   * @return WCAG's contrast ratio of two colours ({@code #rgb} or {@code #rrggbb}), 1 to 21
   * @throws IllegalArgumentException for a colour of another form
   */
  public static double ratio(String first, String second) {
    double a = luminance(first);
    double b = luminance(second);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /**
   * @return WCAG's relative luminance of an sRGB colour, 0 (black) to 1 (white)
   * @throws IllegalArgumentException for a colour of another form
   */
  static double luminance(String colour) {
    if (!valid(colour)) {
      throw new IllegalArgumentException("not a #rgb or #rrggbb colour: " + colour);
    }
    String hex = colour.substring(1).toLowerCase(Locale.ROOT);
    if (hex.length() == 3) {
      hex =
          new StringBuilder()
              .append(hex.charAt(0))
              .append(hex.charAt(0))
              .append(hex.charAt(1))
              .append(hex.charAt(1))
              .append(hex.charAt(2))
              .append(hex.charAt(2))
              .toString();
    }
    double r = linear(Integer.parseInt(hex.substring(0, 2), 16));
    double g = linear(Integer.parseInt(hex.substring(2, 4), 16));
    double b = linear(Integer.parseInt(hex.substring(4, 6), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static boolean valid(String colour) {
    return colour != null && HEX.matcher(colour).matches();
  }
}
