package io.lodestar.pmo.jira.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/** Where i18n keys are used: the descriptor, the Velocity templates and the Java sources. */
final class I18nKeys {

  /** One use of a key, and where it is (file:line or descriptor path). */
  record Usage(String key, String where) {
    /** A literal ending with '.' is a prefix the code completes at run time. */
    boolean isPrefix() {
      return key.endsWith(".");
    }
  }

  /** Descriptor elements whose {@code key} attribute is an i18n key. */
  static final Set<String> KEYED_ELEMENTS =
      Set.of("label", "description", "name", "title", "tooltip");

  /** A quoted key in a template: {@code 'lodestar.risk.panel.title'} or in double quotes. */
  private static final Pattern TEMPLATE_KEY =
      Pattern.compile("['\"](lodestar\\.[A-Za-z0-9_.-]+)['\"]");

  /**
   * A Java string literal that is exactly a key. Wider than lower-case only: the engine's keys use
   * lowerCamelCase segments ({@code lodestar.risk.model.error.tooLong}).
   */
  private static final Pattern JAVA_KEY = Pattern.compile("\"(lodestar\\.[A-Za-z0-9_.-]+)\"");

  private I18nKeys() {}

  static List<Usage> inDescriptor(PluginDescriptor descriptor) {
    List<Usage> usages = new ArrayList<>();
    for (Element e : descriptor.elements()) {
      String nameKey = Xml.attribute(e, "i18n-name-key");
      if (nameKey != null) {
        usages.add(new Usage(nameKey.trim(), Xml.path(e) + "@i18n-name-key"));
      }
      String key = Xml.attribute(e, "key");
      if (key != null && KEYED_ELEMENTS.contains(Xml.name(e))) {
        usages.add(new Usage(key.trim(), Xml.path(e) + "@key"));
      }
    }
    return usages;
  }

  static List<Usage> inTemplates(BundleResources resources) {
    List<Usage> usages = new ArrayList<>();
    for (String template : resources.list("templates", ".vm")) {
      usages.addAll(scan(resources.resolve(template), template, TEMPLATE_KEY));
    }
    return usages;
  }

  static List<Usage> inJavaSources(List<Path> sourceRoots) {
    List<Usage> usages = new ArrayList<>();
    for (Path root : sourceRoots) {
      if (!Files.isDirectory(root)) {
        throw new IllegalStateException("Java source root not found: " + root);
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          usages.addAll(scan(file, root.relativize(file).toString(), JAVA_KEY));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return usages;
  }

  private static List<Usage> scan(Path file, String name, Pattern pattern) {
    List<Usage> usages = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = pattern.matcher(lines.get(i));
        while (m.find()) {
          usages.add(new Usage(m.group(1), name + ":" + (i + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return usages;
  }
}
