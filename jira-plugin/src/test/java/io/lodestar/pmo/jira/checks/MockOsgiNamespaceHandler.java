package io.lodestar.pmo.jira.checks;

import java.util.ArrayList;
import java.util.List;
import org.mockito.Mockito;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.w3c.dom.Element;

/**
 * Test-only handler for the Gemini Blueprint namespace, registered through this module's test
 * {@code META-INF/spring.handlers}. {@code <osgi:reference>} becomes a Mockito mock of the
 * interface (what Jira's OSGi service would be); {@code <osgi:service>} becomes an {@link
 * OsgiServiceExport} record that {@link SpringWiringChecker} verifies once the context is up. Any
 * other element of the namespace fails the load, so nothing is silently ignored.
 */
public class MockOsgiNamespaceHandler extends NamespaceHandlerSupport {

  /** The namespace the plugin framework itself writes for transformed plugins. */
  public static final String NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

  /** Marks the bean definitions that stand for {@code <osgi:reference>} elements. */
  static final String REFERENCE_ATTRIBUTE = "lodestar.osgi.reference";

  @Override
  public void init() {
    registerBeanDefinitionParser("reference", new ReferenceParser());
    registerBeanDefinitionParser("service", new ServiceParser());
  }

  /** {@code interface="…"} and/or {@code <osgi:interfaces><value>…</value></osgi:interfaces>}. */
  static List<String> interfaceNames(Element element) {
    List<String> names = new ArrayList<>();
    if (StringUtils.hasText(element.getAttribute("interface"))) {
      names.add(element.getAttribute("interface").trim());
    }
    for (Element interfaces : Xml.children(element, "interfaces")) {
      for (Element value : Xml.children(interfaces, "value")) {
        names.add(Xml.text(value));
      }
    }
    return names;
  }

  private static List<Class<?>> load(
      List<String> names, Element element, ParserContext context, boolean interfacesOnly) {
    ClassLoader loader = context.getReaderContext().getBeanClassLoader();
    if (loader == null) {
      loader = ClassUtils.getDefaultClassLoader();
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> type = ClassUtils.forName(name, loader);
        if (interfacesOnly && !type.isInterface()) {
          context
              .getReaderContext()
              .error(name + " is a class: OSGi services are interfaces", element);
        }
        types.add(type);
      } catch (ClassNotFoundException | LinkageError e) {
        context
            .getReaderContext()
            .error(name + " is not on the classpath: declare it in jira-api-standin", element);
      }
    }
    return types;
  }

  /** {@code <osgi:reference id="…" interface="…"/>}: a host service, mocked. */
  static final class ReferenceParser implements BeanDefinitionParser {
    @Override
    public BeanDefinition parse(Element element, ParserContext context) {
      String id = element.getAttribute("id");
      if (!StringUtils.hasText(id)) {
        context.getReaderContext().error("<osgi:reference> needs an id", element);
      }
      List<String> names = interfaceNames(element);
      if (names.isEmpty()) {
        context
            .getReaderContext()
            .error("<osgi:reference id=\"" + id + "\"> names no interface", element);
      }
      List<Class<?>> types = load(names, element, context, true);
      @SuppressWarnings("unchecked")
      Class<Object> first = (Class<Object>) types.get(0);
      Class<?>[] extra = types.subList(1, types.size()).toArray(new Class<?>[0]);
      RootBeanDefinition mock =
          new RootBeanDefinition(
              first,
              () ->
                  extra.length == 0
                      ? Mockito.mock(first, Mockito.withSettings().name(id))
                      : Mockito.mock(
                          first, Mockito.withSettings().name(id).extraInterfaces(extra)));
      mock.setSource(context.extractSource(element));
      mock.setAttribute(REFERENCE_ATTRIBUTE, names);
      context.registerBeanComponent(
          new org.springframework.beans.factory.parsing.BeanComponentDefinition(mock, id));
      return null;
    }
  }

  /** {@code <osgi:service ref="…" interface="…"/>}: an export, checked after the context is up. */
  static final class ServiceParser implements BeanDefinitionParser {
    @Override
    public BeanDefinition parse(Element element, ParserContext context) {
      if (element.hasAttribute("auto-export")) {
        context
            .getReaderContext()
            .error("<osgi:service> must name its interfaces, not auto-export", element);
      }
      String ref = element.getAttribute("ref");
      List<Element> nested = Xml.children(element, "bean");
      if (!nested.isEmpty()) {
        BeanDefinitionHolder inner =
            context.getDelegate().parseBeanDefinitionElement(nested.get(0));
        if (inner != null) {
          context
              .getRegistry()
              .registerBeanDefinition(inner.getBeanName(), inner.getBeanDefinition());
          ref = inner.getBeanName();
        }
      }
      if (!StringUtils.hasText(ref)) {
        context.getReaderContext().error("<osgi:service> needs ref=\"…\"", element);
      }
      List<String> names = interfaceNames(element);
      if (names.isEmpty()) {
        context
            .getReaderContext()
            .error("<osgi:service ref=\"" + ref + "\"> names no interface", element);
      }
      load(names, element, context, true);
      RootBeanDefinition export = new RootBeanDefinition(OsgiServiceExport.class);
      export.getConstructorArgumentValues().addIndexedArgumentValue(0, ref);
      export.getConstructorArgumentValues().addIndexedArgumentValue(1, names);
      export
          .getConstructorArgumentValues()
          .addIndexedArgumentValue(2, context.getReaderContext().getResource().getDescription());
      export.setSource(context.extractSource(element));
      String id = element.getAttribute("id");
      if (!StringUtils.hasText(id)) {
        id = context.getReaderContext().generateBeanName(export);
      }
      context.getRegistry().registerBeanDefinition(id, export);
      return null;
    }
  }
}
