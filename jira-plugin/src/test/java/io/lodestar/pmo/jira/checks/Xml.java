package io.lodestar.pmo.jira.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** DOM helpers for the descriptor and Spring XML checks; external entities are never resolved. */
final class Xml {

  private Xml() {}

  static Document parse(Path file, boolean namespaceAware) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, namespaceAware);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  static Document parse(InputStream in, boolean namespaceAware) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(namespaceAware);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(in);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("Not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Child elements, in document order. */
  static List<Element> children(Element parent) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        result.add(e);
      }
    }
    return result;
  }

  static List<Element> children(Element parent, String localName) {
    return children(parent).stream().filter(e -> localName.equals(name(e))).toList();
  }

  /** Every element below {@code root} (root included), in document order. */
  static List<Element> descendants(Element root) {
    List<Element> result = new ArrayList<>();
    NodeList all = root.getElementsByTagName("*");
    result.add(root);
    for (int i = 0; i < all.getLength(); i++) {
      result.add((Element) all.item(i));
    }
    return result;
  }

  /** The local name whether or not the document was parsed namespace-aware. */
  static String name(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }

  /** The attribute's value, or null when absent (DOM returns "" for absent attributes). */
  static String attribute(Element e, String name) {
    return e.hasAttribute(name) ? e.getAttribute(name) : null;
  }

  static String text(Element e) {
    return e.getTextContent() == null ? "" : e.getTextContent().trim();
  }

  /** A readable location for messages: {@code web-panel[key=risk-panel]/context-provider}. */
  static String path(Element e) {
    StringBuilder path = new StringBuilder();
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      if (n.getParentNode() instanceof Document) {
        break; // the root element adds nothing
      }
      boolean module = el.getParentNode().getParentNode() instanceof Document;
      String step =
          name(el)
              + (module && el.hasAttribute("key") ? "[key=" + el.getAttribute("key") + "]" : "");
      path.insert(0, path.length() == 0 ? step : step + "/");
    }
    return path.length() == 0 ? name(e) : path.toString();
  }
}
