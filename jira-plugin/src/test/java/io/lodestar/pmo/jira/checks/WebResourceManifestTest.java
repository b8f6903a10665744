package io.lodestar.pmo.jira.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The descriptor's {@code <web-resource>} modules are exactly those of app's manifest {@code
 * lodestar-web-resources.xml} (which the sandbox serves), under the same plugin key: a module,
 * resource, dependency or context added on one side only fails here.
 */
public class WebResourceManifestTest {

  private static final String MANIFEST = "lodestar-web-resources.xml";

  @Test
  public void descriptorWebResources_shouldEqualAppsManifest() {
    // given the plugin's descriptor and the app's manifest
    PluginDescriptor descriptor = PluginDescriptor.ofPlugin();
    Element manifest =
        Xml.parse(BundleResources.ofPlugin().resolve(MANIFEST), false).getDocumentElement();
    // when both are written in one canonical form
    List<String> inDescriptor = canonical(descriptor.modules("web-resource"));
    List<String> inManifest = canonical(Xml.children(manifest, "web-resource"));
    // then
    assertThat(inManifest).isNotEmpty();
    assertThat(inDescriptor).containsExactlyElementsOf(inManifest);
  }

  @Test
  public void manifestPluginKey_shouldBeTheDescriptorsKey() {
    Element manifest =
        Xml.parse(BundleResources.ofPlugin().resolve(MANIFEST), false).getDocumentElement();
    String key = PluginDescriptor.ofPlugin().root().getAttribute("key");
    // the descriptor's key is filtered from ${atlassian.plugin.key} in target/classes
    org.junit.Assume.assumeTrue("descriptor not filtered yet", BuildPaths.descriptorIsFiltered());
    assertThat(manifest.getAttribute("plugin-key")).isEqualTo(key);
  }

  @Test
  public void canonical_shouldTellModulesApart_whenOneResourceDiffers() {
    // given two modules that differ in one resource's location
    Element a =
        module(
            "<web-resource key='k'><resource type='download' name='a.css' location='css/a.css'/></web-resource>");
    Element b =
        module(
            "<web-resource key='k'><resource type='download' name='a.css' location='css/b.css'/></web-resource>");
    // then their canonical forms differ
    assertThat(canonical(List.of(a))).isNotEqualTo(canonical(List.of(b)));
  }

  private static Element module(String xml) {
    return Xml.parse(
            new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            false)
        .getDocumentElement();
  }

  private static List<String> canonical(List<Element> modules) {
    List<String> out = new ArrayList<>();
    for (Element module : modules) {
      out.add(canonical(module));
    }
    return out;
  }

  private static String canonical(Element e) {
    StringBuilder b = new StringBuilder("<").append(Xml.name(e));
    NamedNodeMap attributes = e.getAttributes();
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      pairs.add(a.getName() + "=" + a.getValue());
    }
    pairs.sort(null);
    b.append(pairs);
    List<Element> children = Xml.children(e);
    if (children.isEmpty()) {
      b.append(Xml.text(e));
    }
    for (Element child : children) {
      b.append(canonical(child));
    }
    return b.append(">").toString();
  }
}
