package io.lodestar.pmo.app.portfolio.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A chart's SVG parsed as XML (which fails the test when it is not well-formed). */
final class SvgDocument {

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  final Document document;

  private SvgDocument(Document document) {
    this.document = document;
  }

  static SvgDocument parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new SvgDocument(
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** Every element of that local name, in document order. */
  List<Element> all(String localName) {
    NodeList nodes = document.getElementsByTagNameNS(SVG_NS, localName);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  /** Every element of any name, in document order. */
  List<Element> elements() {
    return all("*");
  }

  /** The elements of that name inside the first group whose class list holds {@code groupClass}. */
  List<Element> inGroup(String groupClass, String localName) {
    for (Element g : all("g")) {
      if (List.of(g.getAttribute("class").split(" ")).contains(groupClass)) {
        NodeList nodes = g.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
          result.add((Element) nodes.item(i));
        }
        return result;
      }
    }
    throw new AssertionError("no group of class " + groupClass);
  }

  /** The first group whose class list holds {@code groupClass}. */
  Element group(String groupClass) {
    for (Element g : all("g")) {
      if (List.of(g.getAttribute("class").split(" ")).contains(groupClass)) {
        return g;
      }
    }
    throw new AssertionError("no group of class " + groupClass);
  }

  /** The text content of every {@code <text>} element. */
  List<String> texts() {
    return all("text").stream().map(Element::getTextContent).toList();
  }
}
