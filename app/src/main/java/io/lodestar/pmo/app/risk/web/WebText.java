package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.app.shared.host.Texts;
import java.util.Objects;

/**
 * The i18n helper templates receive as {@code $text}: resolves Lodestar bundle keys in the current
 * user's locale through the {@link Texts} host port. It is our own class so that the Velocity
 * allow-list can name it; templates never receive a host i18n object.
 */
public final class WebText {

  private final Texts texts;

  public WebText(Texts texts) {
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * @param key an i18n key, {@code lodestar.<feature>.<element>}; never null
   * @return the text; the key itself when the bundle lacks it
   */
  public String get(String key) {
    return texts.text(key);
  }

  /**
   * @param key an i18n key with one {@code {0}} placeholder; never null
   * @param arg the value for {@code {0}}
   * @return the formatted text
   */
  public String format(String key, Object arg) {
    return texts.text(key, arg);
  }

  /**
   * @param key an i18n key with {@code {0}} and {@code {1}} placeholders; never null
   * @return the formatted text
   */
  public String format2(String key, Object arg0, Object arg1) {
    return texts.text(key, arg0, arg1);
  }
}
