package io.lodestar.pmo.app.shared.host;

/** The text of an i18n key ({@code lodestar.<feature>.<element>}) in the current user's locale. */
public interface Texts {

  /**
   * @param key an i18n key from the Lodestar bundle; never null
   * @param args values for the {@code {0}}, {@code {1}} … placeholders
   * @return the formatted text; the key itself when the bundle has no such key
   */
  String text(String key, Object... args);
}
