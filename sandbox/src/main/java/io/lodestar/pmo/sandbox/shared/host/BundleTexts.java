package io.lodestar.pmo.sandbox.shared.host;

import io.lodestar.pmo.app.shared.host.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * {@link Texts} from the plugin's own i18n bundle ({@value #BUNDLE} on the classpath, i.e. inside
 * the plugin jar), formatted with {@link MessageFormat} as Jira's i18n helper does ({@code {0}}
 * placeholders, {@code ''} for an apostrophe). One locale: the bundle has one language.
 */
public final class BundleTexts implements Texts {

  /** Classpath location of the plugin's bundle. */
  public static final String BUNDLE = "i18n/lodestar.properties";

  private final Map<String, String> texts;
  private final Locale locale;

  /** Loads {@value #BUNDLE} with the class loader that loaded the plugin's classes. */
  public BundleTexts() {
    this(Texts.class.getClassLoader(), BUNDLE, Locale.ENGLISH);
  }

  /**
   * @throws IllegalStateException when the bundle is missing or unreadable
   */
  BundleTexts(ClassLoader loader, String bundle, Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    Properties properties = new Properties();
    try (InputStream in = loader.getResourceAsStream(bundle)) {
      if (in == null) {
        throw new IllegalStateException("i18n bundle " + bundle + " is not on the classpath");
      }
      // Jira reads plugin bundles as ISO-8859-1 with \\u escapes; ours is plain ASCII/UTF-8.
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read i18n bundle " + bundle, e);
    }
    Map<String, String> copy = new java.util.HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      copy.put(key, properties.getProperty(key));
    }
    this.texts = Map.copyOf(copy);
  }

  @Override
  public String text(String key, Object... args) {
    Objects.requireNonNull(key, "key");
    String pattern = texts.get(key);
    if (pattern == null) {
      return key;
    }
    if (args == null || args.length == 0) {
      return new MessageFormat(pattern, locale).format(new Object[0]);
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /** Whether the bundle defines {@code key}. */
  public boolean has(String key) {
    return texts.containsKey(key);
  }
}
