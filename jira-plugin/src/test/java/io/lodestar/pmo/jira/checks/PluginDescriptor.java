package io.lodestar.pmo.jira.checks;

import java.nio.file.Path;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code atlassian-plugin.xml}, parsed. */
final class PluginDescriptor {

  static final String FILE_NAME = "atlassian-plugin.xml";

  private final Path file;
  private final Element root;

  private PluginDescriptor(Path file, Document document) {
    this.file = file;
    this.root = document.getDocumentElement();
  }

  static PluginDescriptor load(Path file) {
    return new PluginDescriptor(file, Xml.parse(file, false));
  }

  /** The plugin's own descriptor: filtered from {@code target/classes} when available. */
  static PluginDescriptor ofPlugin() {
    return load(BuildPaths.bundleResourceRoot().resolve(FILE_NAME));
  }

  Path file() {
    return file;
  }

  Element root() {
    return root;
  }

  /** The modules: the root's children other than {@code plugin-info}. */
  List<Element> modules() {
    return Xml.children(root).stream().filter(e -> !"plugin-info".equals(Xml.name(e))).toList();
  }

  List<Element> modules(String type) {
    return modules().stream().filter(e -> type.equals(Xml.name(e))).toList();
  }

  /** Every element of the descriptor, root included. */
  List<Element> elements() {
    return Xml.descendants(root);
  }

  /** The text of every {@code <velocity-allowlist><method>} entry. */
  List<String> velocityAllowlistMethods() {
    return modules("velocity-allowlist").stream()
        .flatMap(m -> Xml.children(m, "method").stream())
        .map(Xml::text)
        .toList();
  }

  /** The {@code location} of every {@code <resource type="i18n">} at the plugin's top level. */
  List<String> i18nBundleLocations() {
    return modules("resource").stream()
        .filter(r -> "i18n".equals(r.getAttribute("type")))
        .map(r -> r.getAttribute("location"))
        .toList();
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
