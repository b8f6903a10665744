package io.lodestar.pmo.jira.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Loads the Spring XML files of {@code META-INF/spring/} the way the plugin's Spring context would,
 * with host services mocked, and reports what would stop the plugin from starting.
 */
final class SpringWiringChecker {

  /** The one file that imports host services. */
  static final String HOST_SERVICES_FILE = "lodestar-host-services.xml";

  static final String BEANS_NAMESPACE = "http://www.springframework.org/schema/beans";

  /** Namespaces the wiring may use, and what to do instead of the known wrong ones. */
  static final Set<String> ALLOWED_NAMESPACES =
      Set.of(
          BEANS_NAMESPACE,
          MockOsgiNamespaceHandler.NAMESPACE,
          "http://www.w3.org/2001/XMLSchema-instance",
          "http://www.w3.org/2000/xmlns/");

  static final Map<String, String> WRONG_NAMESPACES =
      Map.of(
          "http://www.springframework.org/schema/osgi",
          "Spring DM is gone: use Gemini Blueprint, " + MockOsgiNamespaceHandler.NAMESPACE,
          "http://www.atlassian.com/schema/atlassian-scanner",
          "there is no Spring Scanner index: declare beans explicitly",
          "http://www.atlassian.com/schema/atlassian-scanner/2",
          "there is no Spring Scanner index: declare beans explicitly");

  /**
   * Host callbacks that only reach a bean through the OSGi service registry: a bean implementing
   * one of these must be exported as it, or the host never calls it.
   */
  static final List<String> MUST_BE_EXPORTED =
      List.of(
          "com.atlassian.sal.api.lifecycle.LifecycleAware",
          "com.atlassian.sal.api.upgrade.PluginUpgradeTask");

  private final List<Path> files;
  private final ClassLoader loader;

  SpringWiringChecker(List<Path> files, ClassLoader loader) {
    this.files = List.copyOf(files);
    this.loader = loader;
  }

  /** Every {@code *.xml} directly under {@code dir}, as the plugin's {@code Spring-Context: *}. */
  static SpringWiringChecker of(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return new SpringWiringChecker(
          list.filter(p -> p.toString().endsWith(".xml")).sorted().toList(),
          SpringWiringChecker.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SpringWiringChecker ofPlugin() {
    return of(BuildPaths.bundleResourceRoot().resolve("META-INF/spring"));
  }

  List<Path> files() {
    return files;
  }

  // ---------------------------------------------------------------- static checks

  /**
   * Only the beans and Gemini Blueprint namespaces; files named {@code lodestar-<name>.xml}; OSGi
   * references only in {@link #HOST_SERVICES_FILE}, each interface imported once.
   */
  List<String> structureProblems() {
    List<String> problems = new ArrayList<>();
    boolean hostFile = false;
    Map<String, String> imported = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      hostFile |= name.equals(HOST_SERVICES_FILE);
      if (!name.matches("lodestar-[a-z0-9-]+\\.xml")) {
        problems.add(name + ": name Spring files lodestar-<feature>.xml");
      }
      Document doc = Xml.parse(file, true);
      for (Element e : Xml.descendants(doc.getDocumentElement())) {
        checkNamespace(name, e.getNamespaceURI(), "<" + e.getTagName() + ">", problems);
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          Attr a = (Attr) attributes.item(i);
          checkNamespace(name, a.getNamespaceURI(), a.getName(), problems);
        }
        if (MockOsgiNamespaceHandler.NAMESPACE.equals(e.getNamespaceURI())
            && "reference".equals(e.getLocalName())) {
          String id = e.getAttribute("id");
          if (!name.equals(HOST_SERVICES_FILE)) {
            problems.add(
                name
                    + ": <osgi:reference id=\""
                    + id
                    + "\"> belongs in "
                    + HOST_SERVICES_FILE
                    + ": host services are imported once, there");
          }
          if (!e.hasAttribute("filter")) {
            String key =
                String.join(",", new TreeSet<>(MockOsgiNamespaceHandler.interfaceNames(e)));
            String previous = imported.putIfAbsent(key, id);
            if (previous != null) {
              problems.add(
                  name + ": " + key + " is imported twice (" + previous + " and " + id + ")");
            }
          }
        }
      }
    }
    if (!hostFile) {
      problems.add("there is no " + HOST_SERVICES_FILE);
    }
    return problems;
  }

  private static void checkNamespace(String file, String uri, String what, List<String> problems) {
    if (uri == null || ALLOWED_NAMESPACES.contains(uri)) {
      return;
    }
    String advice = WRONG_NAMESPACES.getOrDefault(uri, "only beans and Gemini Blueprint are used");
    problems.add(file + ": " + what + " is in namespace " + uri + ": " + advice);
  }

  // ---------------------------------------------------------------- loading

  /** The loaded context, or the problems that stopped it from loading. */
  record Loaded(Optional<GenericApplicationContext> context, List<String> problems) {}

  /**
   * Reads every file into one context (no bean overriding, like the plugin's), makes every bean
   * lazy so that all failing beans are reported rather than only the first, refreshes it, then asks
   * for every bean.
   */
  Loaded load() {
    List<String> problems = new ArrayList<>();
    GenericApplicationContext context = new GenericApplicationContext();
    context.setAllowBeanDefinitionOverriding(false);
    context.setClassLoader(loader);
    XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
    reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
    reader.setNamespaceAware(true);
    reader.setBeanClassLoader(loader);
    for (Path file : files) {
      try {
        reader.loadBeanDefinitions(new FileSystemResource(file));
      } catch (BeansException e) {
        problems.add(file.getFileName() + ": " + message(e));
      }
    }
    if (!problems.isEmpty()) {
      return new Loaded(Optional.empty(), problems);
    }
    context.addBeanFactoryPostProcessor(
        factory -> {
          for (String name : factory.getBeanDefinitionNames()) {
            factory.getBeanDefinition(name).setLazyInit(true);
          }
        });
    try {
      context.refresh();
    } catch (BeansException e) {
      problems.add(message(e));
      return new Loaded(Optional.empty(), problems);
    }
    for (String name : context.getBeanDefinitionNames()) {
      BeanDefinition definition = context.getBeanFactory().getBeanDefinition(name);
      if (definition.isAbstract()) {
        continue;
      }
      try {
        context.getBean(name);
      } catch (BeansException e) {
        problems.add("bean " + message(e));
      }
    }
    return new Loaded(Optional.of(context), problems);
  }

  /**
   * Every {@code <osgi:service>} exports an existing bean that implements its interfaces, and every
   * bean implementing a {@link #MUST_BE_EXPORTED} callback is exported as it.
   */
  static List<String> serviceExportProblems(
      GenericApplicationContext context, List<String> mustBeExported) {
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> exportedAs = new HashMap<>();
    for (OsgiServiceExport export : context.getBeansOfType(OsgiServiceExport.class).values()) {
      if (!context.containsBean(export.ref())) {
        problems.add(
            export.source() + ": <osgi:service ref=\"" + export.ref() + "\"> names no bean");
        continue;
      }
      Class<?> type = context.getType(export.ref());
      for (String name : export.interfaces()) {
        exportedAs.computeIfAbsent(export.ref(), k -> new TreeSet<>()).add(name);
        Optional<Class<?>> api = ClassScan.load(name, context.getClassLoader());
        if (api.isPresent() && (type == null || !api.get().isAssignableFrom(type))) {
          problems.add(
              export.source()
                  + ": exports bean "
                  + export.ref()
                  + " as "
                  + name
                  + ", but it is a "
                  + (type == null ? "?" : type.getName()));
        }
      }
    }
    for (String name : context.getBeanDefinitionNames()) {
      Class<?> type = context.getType(name);
      if (type == null || type == OsgiServiceExport.class || isMock(context, name)) {
        continue;
      }
      Set<String> supertypes = ClassScan.supertypeNames(type);
      for (String callback : mustBeExported) {
        if (supertypes.contains(callback)
            && !exportedAs.getOrDefault(name, Set.of()).contains(callback)) {
          problems.add(
              "bean "
                  + name
                  + " is a "
                  + callback
                  + " but is not exported as one (<osgi:service ref=\""
                  + name
                  + "\" interface=\""
                  + callback
                  + "\"/>): the host would never call it");
        }
      }
    }
    return problems;
  }

  private static boolean isMock(GenericApplicationContext context, String name) {
    return context
        .getBeanFactory()
        .getBeanDefinition(name)
        .hasAttribute(MockOsgiNamespaceHandler.REFERENCE_ATTRIBUTE);
  }

  /**
   * Each class can be built from the context by constructor, as the plugin framework builds module
   * classes (context providers, conditions, custom field types, servlets, REST resources …).
   */
  static List<String> constructionProblems(
      GenericApplicationContext context, List<Class<?>> moduleClasses) {
    List<String> problems = new ArrayList<>();
    for (Class<?> moduleClass : moduleClasses) {
      try {
        context.getAutowireCapableBeanFactory().createBean(moduleClass);
      } catch (BeansException e) {
        String m = message(e);
        String name = moduleClass.getName();
        m = m.startsWith(name + " → ") ? "via " + m.substring(name.length() + 3) : m;
        m = m.startsWith(name + ": ") ? m.substring(name.length() + 2) : m;
        problems.add(name + " cannot be built from the Spring context: " + m);
      }
    }
    return problems;
  }

  /**
   * One line per failure: the beans involved (outermost first, with the file of the first) and the
   * innermost cause, e.g. {@code accessGuard (lodestar-host-adapters.xml) → pmoAdminGroupSetting:
   * No bean named 'activeObjects' available}.
   */
  static String message(Throwable e) {
    List<String> beans = new ArrayList<>();
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BeanCreationException creation && creation.getBeanName() != null) {
        String bean =
            creation.getBeanName()
                + (creation.getResourceDescription() == null
                    ? ""
                    : " (" + fileName(creation.getResourceDescription()) + ")");
        if (beans.stream().noneMatch(b -> b.startsWith(creation.getBeanName()))) {
          beans.add(bean);
        }
      }
      root = t;
    }
    String cause = String.valueOf(root.getMessage());
    int noise = cause.indexOf(": expected at least 1 bean");
    if (noise > 0) {
      cause = cause.substring(0, noise);
    }
    if (root instanceof BeanCreationException && !beans.isEmpty()) {
      int colon = cause.indexOf("]: ");
      cause = colon > 0 ? cause.substring(colon + 3) : cause;
    }
    if (beans.isEmpty()) {
      String outer = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      return root == e || outer.contains(cause) ? outer : outer + " [" + root + "]";
    }
    return String.join(" → ", beans) + ": " + cause.replaceAll("\\s+", " ");
  }

  private static String fileName(String resourceDescription) {
    String d = resourceDescription.replace("]", "");
    int slash = Math.max(d.lastIndexOf('/'), d.lastIndexOf('\\'));
    return slash >= 0 ? d.substring(slash + 1) : d;
  }
}
