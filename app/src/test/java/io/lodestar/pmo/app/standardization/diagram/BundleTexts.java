package io.lodestar.pmo.app.standardization.diagram;

import io.lodestar.pmo.app.shared.host.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The app's own i18n bundle, formatted as Jira does, so the tests see the real texts. */
final class BundleTexts implements Texts {

  private final Properties properties = new Properties();

  BundleTexts() {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("i18n/lodestar.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String text(String key, Object... args) {
    String pattern = properties.getProperty(key);
    if (pattern == null) {
      throw new AssertionError("no i18n key " + key);
    }
    return new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }
}
