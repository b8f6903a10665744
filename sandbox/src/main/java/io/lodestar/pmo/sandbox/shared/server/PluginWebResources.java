package io.lodestar.pmo.sandbox.shared.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The app's downloadable web resources as app's manifest {@value #MANIFEST} declares them (the same
 * {@code <web-resource>} modules as jira-plugin's descriptor, which a jira-plugin test keeps
 * identical): {@code <web-resource key="K">} with {@code <resource type="download" name="N"
 * location="L"/>} is served, as in Jira, at {@code /download/resources/<plugin key>:K/N} from
 * classpath location {@code L}, so the sandbox serves exactly what Jira would.
 */
public final class PluginWebResources {

  /** The manifest's classpath location (in the app jar). */
  public static final String MANIFEST = "lodestar-web-resources.xml";

  /** URL prefix of downloadable resources (Jira's). */
  public static final String DOWNLOAD_PATH = "/download/resources";

  private final Map<String, String> locations;
  private final Map<String, List<String>> namesByModule;

  private PluginWebResources(
      String pluginKey, Map<String, String> locations, Map<String, List<String>> namesByModule) {
    this.pluginKey = pluginKey;
    this.locations = Map.copyOf(locations);
    this.namesByModule = Map.copyOf(namesByModule);
  }

  private final String pluginKey;

  /**
   * @throws IllegalStateException when the manifest is missing or unreadable
   */
  public static PluginWebResources load(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(MANIFEST)) {
      if (in == null) {
        throw new IllegalStateException(MANIFEST + " is not on the classpath");
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(in);
      String pluginKey = document.getDocumentElement().getAttribute("plugin-key");
      Map<String, String> locations = new HashMap<>();
      Map<String, List<String>> namesByModule = new HashMap<>();
      NodeList webResources = document.getElementsByTagName("web-resource");
      for (int i = 0; i < webResources.getLength(); i++) {
        Element webResource = (Element) webResources.item(i);
        NodeList resources = webResource.getElementsByTagName("resource");
        for (int j = 0; j < resources.getLength(); j++) {
          Element resource = (Element) resources.item(j);
          if ("download".equals(resource.getAttribute("type"))) {
            namesByModule
                .computeIfAbsent(webResource.getAttribute("key"), k -> new ArrayList<>())
                .add(resource.getAttribute("name"));
            locations.put(
                "/"
                    + pluginKey
                    + ":"
                    + webResource.getAttribute("key")
                    + "/"
                    + resource.getAttribute("name"),
                resource.getAttribute("location"));
          }
        }
      }
      return new PluginWebResources(pluginKey, locations, namesByModule);
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read " + MANIFEST + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param pathInfo the path after {@link #DOWNLOAD_PATH}, e.g. {@code
   *     /io.lodestar.pmo.lodestar-jira-plugin:risk-web-resources/lodestar-risk.css}
   * @return the classpath location, or empty when the manifest declares no such resource
   */
  public Optional<String> locate(String pathInfo) {
    return Optional.ofNullable(locations.get(pathInfo));
  }

  /**
   * @param contextPath the context path
   * @param moduleKey a web-resource module key of the manifest
   * @return the download URLs of its resources, in manifest order; empty for an unknown module
   */
  public List<String> urls(String contextPath, String moduleKey) {
    return namesByModule.getOrDefault(moduleKey, List.of()).stream()
        .map(name -> contextPath + DOWNLOAD_PATH + "/" + pluginKey + ":" + moduleKey + "/" + name)
        .toList();
  }

  /** How many downloadable resources the manifest declares. */
  public int size() {
    return locations.size();
  }
}
