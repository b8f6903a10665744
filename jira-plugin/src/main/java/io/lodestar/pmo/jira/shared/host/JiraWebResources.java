package io.lodestar.pmo.jira.shared.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.lodestar.pmo.app.shared.host.WebResources;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;

/**
 * {@link WebResources} on Jira's web-resource manager: {@code
 * pageBuilderService.assembler().resources().requireWebResource("<plugin key>:<module key>")}, so
 * the decorator writes the tags into the page head with cache-busting, batched URLs and the
 * declared dependencies (AUI).
 *
 * <p>The plugin key is not a Java constant: {@link #forThisPlugin} reads it from the bundle's own
 * {@code atlassian-plugin.xml}, which Maven filters from the pom's {@code atlassian.plugin.key}, so
 * the descriptor stays its one source.
 */
public final class JiraWebResources implements WebResources {

  /** The plugin descriptor at the bundle root. */
  static final String DESCRIPTOR = "atlassian-plugin.xml";

  private final PageBuilderService pageBuilderService;
  private final String pluginKey;

  public JiraWebResources(PageBuilderService pageBuilderService, String pluginKey) {
    this.pageBuilderService = Objects.requireNonNull(pageBuilderService, "pageBuilderService");
    this.pluginKey = requireKey(pluginKey);
  }

  /**
   * @return the web resources of this plugin, its key read from the bundle's descriptor
   * @throws IllegalStateException when the descriptor is missing or names no (filtered) key
   */
  public static JiraWebResources forThisPlugin(PageBuilderService pageBuilderService) {
    return new JiraWebResources(
        pageBuilderService, pluginKeyOf(JiraWebResources.class.getClassLoader()));
  }

  @Override
  public void requireWebResource(String moduleKey) {
    Objects.requireNonNull(moduleKey, "moduleKey");
    pageBuilderService.assembler().resources().requireWebResource(pluginKey + ":" + moduleKey);
  }

  /**
   * @return the {@code key} attribute of the {@code atlassian-plugin} element of the descriptor
   *     {@code loader} finds
   */
  static String pluginKeyOf(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(DESCRIPTOR)) {
      if (in == null) {
        throw new IllegalStateException(DESCRIPTOR + " not found");
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // XMLConstants.FEATURE_SECURE_PROCESSING, written out: javax.xml itself is not imported.
      factory.setFeature("http://javax.xml.XMLConstants/feature/secure-processing", true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return requireKey(
          factory.newDocumentBuilder().parse(in).getDocumentElement().getAttribute("key"));
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read the plugin key from " + DESCRIPTOR, e);
    }
  }

  private static String requireKey(String key) {
    if (key == null || key.isBlank() || key.contains("${")) {
      throw new IllegalStateException("no plugin key (is " + DESCRIPTOR + " filtered?): " + key);
    }
    return key.strip();
  }
}
