package io.lodestar.pmo.jira.checks;

import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Checks a plugin descriptor against the bundle it ships in. Every method returns the problems it
 * found, one readable sentence each; an empty list means the check passed.
 */
final class DescriptorChecker {

  /**
   * Our own code: classes here must exist, be concrete and have the supertype their module needs.
   */
  static final String OWN_PACKAGE = "io.lodestar.";

  /**
   * Literals that start like a key but are not i18n keys. Use this one prefix for identifiers that
   * are not texts (cache, lock, job and setting names): {@code
   * lodestar.internal.risk.reminder-job}.
   */
  static final List<String> NON_KEY_PREFIXES = List.of("lodestar.internal.");

  /** Resource locations that Jira itself serves (its system field templates). */
  static final List<String> HOST_RESOURCE_PREFIXES = List.of("templates/plugins/");

  /** Module types that are not allowed, and why. */
  static final Map<String, String> FORBIDDEN_MODULES =
      Map.of(
          "component", "components are wired in Spring XML under META-INF/spring/",
          "component-import",
              "host services are imported once, in META-INF/spring/lodestar-host-services.xml");

  /** AO prefixes table names with AO_xxxxxx_ (10 characters) within Oracle's 30-character limit. */
  static final int MAX_AO_TABLE_NAME = 20;

  private final PluginDescriptor descriptor;
  private final BundleResources resources;
  private final ModuleTypes types;
  private final ClassLoader loader;
  private final List<Path> classesDirs;
  private final String scanPackage;

  /**
   * @param classesDirs where the bundle's compiled classes are (the plugin's and the embedded
   *     app's), to find REST resources and AO entities the descriptor does not mention
   * @param scanPackage the package (and sub-packages) of {@code classesDirs} to look in
   */
  DescriptorChecker(
      PluginDescriptor descriptor,
      BundleResources resources,
      ModuleTypes types,
      ClassLoader loader,
      List<Path> classesDirs,
      String scanPackage) {
    this.descriptor = descriptor;
    this.resources = resources;
    this.types = types;
    this.loader = loader;
    this.classesDirs = List.copyOf(classesDirs);
    this.scanPackage = scanPackage;
  }

  static DescriptorChecker ofPlugin() {
    return new DescriptorChecker(
        PluginDescriptor.ofPlugin(),
        BundleResources.ofPlugin(),
        ModuleTypes.JIRA_11,
        DescriptorChecker.class.getClassLoader(),
        List.of(BuildPaths.targetClasses(), BuildPaths.appRoot()),
        "io.lodestar.pmo");
  }

  // ---------------------------------------------------------------- classes

  /** Every class the descriptor names exists and has the supertype its module needs. */
  List<String> moduleClassProblems() {
    List<String> problems = new ArrayList<>();
    for (Element e : descriptor.elements()) {
      String className = Xml.attribute(e, "class");
      if (className != null) {
        List<String> supertypes = types.classAttribute().getOrDefault(Xml.name(e), List.of());
        checkClass(className.trim(), Xml.path(e), supertypes, true, problems);
      }
      String element = Xml.name(e);
      if ("entity".equals(element) && isIn(e, "ao")) {
        checkEntity(Xml.text(e), Xml.path(e), problems);
      } else if ("upgradeTask".equals(element) && isIn(e, "ao")) {
        checkClass(Xml.text(e), Xml.path(e), types.aoUpgradeTask(), true, problems);
      } else if ("action".equals(element) && isIn(e, "actions")) {
        checkClass(
            e.getAttribute("name").trim(), Xml.path(e), types.webworkAction(), true, problems);
      }
    }
    return problems;
  }

  private Optional<Class<?>> checkClass(
      String name, String where, List<String> supertypes, boolean concrete, List<String> problems) {
    if (name.isEmpty()) {
      problems.add(where + " names no class");
      return Optional.empty();
    }
    Optional<Class<?>> type = ClassScan.load(name, loader);
    if (type.isEmpty()) {
      problems.add(
          name.startsWith(OWN_PACKAGE)
              ? where + " names " + name + ", which does not exist"
              : where
                  + " names host class "
                  + name
                  + ", which is not on the test classpath: declare it in jira-api-standin");
      return Optional.empty();
    }
    Class<?> c = type.get();
    if (!supertypes.isEmpty()) {
      Set<String> actual = ClassScan.supertypeNames(c);
      if (supertypes.stream().noneMatch(actual::contains)) {
        problems.add(
            where + ": " + name + " must be a " + String.join(" or ", supertypes) + ", it is not");
      }
    }
    if (concrete && name.startsWith(OWN_PACKAGE) && !isConcretePublic(c)) {
      problems.add(where + ": " + name + " must be a public, non-abstract class");
    }
    return type;
  }

  private void checkEntity(String name, String where, List<String> problems) {
    Optional<Class<?>> type = checkClass(name, where, types.aoEntity(), false, problems);
    if (type.isEmpty()) {
      return;
    }
    Class<?> c = type.get();
    if (!c.isInterface()) {
      problems.add(where + ": AO entity " + name + " must be an interface");
    }
    Optional<String> table =
        ClassScan.annotation(c, types.aoEntityAnnotation()).flatMap(ClassScan::value);
    if (table.isEmpty() || table.get().isBlank()) {
      problems.add(
          where + ": AO entity " + name + " needs @" + types.aoEntityAnnotation() + " with a name");
    } else if (table.get().length() > MAX_AO_TABLE_NAME) {
      problems.add(
          where
              + ": AO table name "
              + table.get()
              + " is longer than "
              + MAX_AO_TABLE_NAME
              + " characters");
    }
  }

  private static boolean isConcretePublic(Class<?> c) {
    int m = c.getModifiers();
    return Modifier.isPublic(m) && !Modifier.isAbstract(m) && !c.isInterface();
  }

  private static boolean isIn(Element e, String parentName) {
    return e.getParentNode() instanceof Element p && parentName.equals(Xml.name(p));
  }

  /**
   * The classes of ours that the plugin framework builds from the plugin's Spring context: every
   * class the descriptor names plus the REST resources and providers of its rest packages.
   */
  List<Class<?>> ownModuleClasses() {
    Set<String> names = new LinkedHashSet<>();
    for (Element e : descriptor.elements()) {
      String className = Xml.attribute(e, "class");
      if (className != null) {
        names.add(className.trim());
      }
      if ("upgradeTask".equals(Xml.name(e)) && isIn(e, "ao")) {
        names.add(Xml.text(e));
      } else if ("action".equals(Xml.name(e)) && isIn(e, "actions")) {
        names.add(e.getAttribute("name").trim());
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith(OWN_PACKAGE)) {
        ClassScan.load(name, loader)
            .filter(DescriptorChecker::isConcretePublic)
            .ifPresent(classes::add);
      }
    }
    for (Element rest : descriptor.modules("rest")) {
      for (Element p : Xml.children(rest, "package")) {
        ClassScan.classesIn(classesDirs, Xml.text(p), loader).stream()
            .filter(c -> ClassScan.hasAnyAnnotation(c, types.restClassAnnotations()))
            .filter(DescriptorChecker::isConcretePublic)
            .forEach(classes::add);
      }
    }
    return classes;
  }

  // ---------------------------------------------------------------- rest

  /**
   * Every {@code <rest><package>} holds at least one resource ({@code @Path}) or provider
   * ({@code @Provider}); and every such class of ours lies in a listed package, or it is never
   * registered.
   */
  List<String> restProblems() {
    List<String> problems = new ArrayList<>();
    List<Element> rests = descriptor.modules("rest");
    List<String> packages = new ArrayList<>();
    for (Element rest : rests) {
      for (Element p : Xml.children(rest, "package")) {
        String pkg = Xml.text(p);
        packages.add(pkg);
        boolean any =
            ClassScan.classesIn(classesDirs, pkg, loader).stream()
                .anyMatch(c -> ClassScan.hasAnyAnnotation(c, types.restClassAnnotations()));
        if (!any) {
          problems.add(
              Xml.path(p)
                  + ": package "
                  + pkg
                  + " has no class annotated "
                  + String.join(" or ", types.restClassAnnotations()));
        }
      }
    }
    List<Class<?>> restClasses =
        ClassScan.classesIn(classesDirs, scanPackage, loader).stream()
            .filter(c -> ClassScan.hasAnyAnnotation(c, types.restClassAnnotations()))
            .toList();
    if (!restClasses.isEmpty() && rests.isEmpty()) {
      problems.add(
          "there are REST classes ("
              + restClasses.get(0).getName()
              + " …) but no <rest> module to register them");
    }
    if (!packages.isEmpty()) {
      for (Class<?> c : restClasses) {
        String pkg = c.getPackageName();
        if (packages.stream().noneMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))) {
          problems.add(
              c.getName()
                  + " is a REST class outside every <rest><package>: it is never registered");
        }
      }
    }
    return problems;
  }

  // ---------------------------------------------------------------- resources

  /** Every template, download and i18n location the descriptor names is in the bundle. */
  List<String> resourceLocationProblems() {
    List<String> problems = new ArrayList<>();
    for (Element e : descriptor.elements()) {
      String element = Xml.name(e);
      if ("resource".equals(element) && e.hasAttribute("location")) {
        String location = e.getAttribute("location").trim();
        if ("i18n".equals(e.getAttribute("type"))) {
          String file = (location.contains("/") ? location : location.replace('.', '/'));
          if (!resources.exists(file + ".properties")) {
            problems.add(
                Xml.path(e) + ": i18n bundle " + file + ".properties is not in the bundle");
          }
        } else if (!location.contains(":") && !isHostResource(location)) {
          if (!resources.exists(location)) {
            problems.add(Xml.path(e) + ": " + location + " is not in the bundle");
          }
        }
      } else if ("view".equals(element) && Xml.text(e).endsWith(".vm")) {
        if (!resources.exists(Xml.text(e)) && !isHostResource(Xml.text(e))) {
          problems.add(Xml.path(e) + ": " + Xml.text(e) + " is not in the bundle");
        }
      } else if ("param".equals(element)
          && isIn(e, "plugin-info")
          && e.getAttribute("name").matches("(plugin|vendor)-(icon|logo|banner)")) {
        if (!resources.exists(Xml.text(e))) {
          problems.add(
              Xml.path(e)
                  + " "
                  + e.getAttribute("name")
                  + ": "
                  + Xml.text(e)
                  + " is not in the bundle");
        }
      }
    }
    return problems;
  }

  private static boolean isHostResource(String location) {
    String l = location.startsWith("/") ? location.substring(1) : location;
    return HOST_RESOURCE_PREFIXES.stream().anyMatch(l::startsWith);
  }

  // ---------------------------------------------------------------- modules

  /** Every module has a key, keys are unique, and no forbidden module type is used. */
  List<String> moduleKeyProblems() {
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Element m : descriptor.modules()) {
      String type = Xml.name(m);
      String forbidden = FORBIDDEN_MODULES.get(type);
      if (forbidden != null) {
        problems.add("<" + type + "> is not used in Lodestar: " + forbidden);
      }
      if ("resource".equals(type)) {
        continue; // plugin-level resources are named, not keyed
      }
      String key = Xml.attribute(m, "key");
      if (key == null || key.isBlank()) {
        problems.add("<" + type + "> has no key");
      } else if (seen.putIfAbsent(key, type) != null) {
        problems.add(
            "module key " + key + " is used twice (<" + seen.get(key) + "> and <" + type + ">)");
      }
    }
    return problems;
  }

  /** At most one {@code <ao>} module, with a fixed namespace; every entity of ours is declared. */
  List<String> activeObjectsProblems() {
    List<String> problems = new ArrayList<>();
    List<Element> aos = descriptor.modules("ao");
    if (aos.size() > 1) {
      problems.add("there are " + aos.size() + " <ao> modules: a plugin may have only one");
    }
    Set<String> declared = new HashSet<>();
    for (Element ao : aos) {
      String namespace = Xml.attribute(ao, "namespace");
      if (namespace == null || namespace.isBlank() || namespace.contains("${")) {
        problems.add(
            Xml.path(ao)
                + " needs a fixed namespace attribute, so table names never follow the plugin key");
      }
      Xml.children(ao, "entity").forEach(en -> declared.add(Xml.text(en)));
    }
    for (Class<?> c : ClassScan.classesIn(classesDirs, scanPackage, loader)) {
      boolean entity =
          c.isInterface()
              && ClassScan.annotation(c, types.aoEntityAnnotation()).isPresent()
              && types.aoEntity().stream().anyMatch(ClassScan.supertypeNames(c)::contains);
      boolean frozenCopy = c.getPackageName().contains(".upgrade");
      if (entity && !frozenCopy && !declared.contains(c.getName())) {
        problems.add(
            "AO entity "
                + c.getName()
                + " is not declared in <ao>: AO no longer scans for entities");
      }
    }
    return problems;
  }

  /** The Data Center flags of {@code plugin-info}, and {@code plugins-version="2"}. */
  List<String> pluginInfoProblems() {
    List<String> problems = new ArrayList<>();
    Element root = descriptor.root();
    if (!"2".equals(root.getAttribute("plugins-version"))) {
      problems.add("atlassian-plugin needs plugins-version=\"2\"");
    }
    List<Element> infos = Xml.children(root, "plugin-info");
    if (infos.size() != 1) {
      problems.add("there must be exactly one <plugin-info>");
      return problems;
    }
    Map<String, String> params = new HashMap<>();
    Xml.children(infos.get(0), "param")
        .forEach(p -> params.put(p.getAttribute("name"), Xml.text(p)));
    Map<String, String> expected =
        Map.of(
            "atlassian-data-center-status", "compatible",
            "atlassian-data-center-compatible", "true",
            "plugin-type", "data-center");
    expected.forEach(
        (name, value) -> {
          if (!value.equals(params.get(name))) {
            problems.add("plugin-info needs <param name=\"" + name + "\">" + value + "</param>");
          }
        });
    return problems;
  }

  /**
   * After Maven filtering no {@code ${…}} placeholder is left where the plugin identifies itself.
   */
  List<String> placeholderProblems() {
    List<String> problems = new ArrayList<>();
    Element root = descriptor.root();
    checkFilled("atlassian-plugin@key", root.getAttribute("key"), problems);
    checkFilled("atlassian-plugin@name", root.getAttribute("name"), problems);
    for (Element info : Xml.children(root, "plugin-info")) {
      for (Element version : Xml.children(info, "version")) {
        checkFilled("plugin-info/version", Xml.text(version), problems);
      }
      for (Element vendor : Xml.children(info, "vendor")) {
        checkFilled("plugin-info/vendor@name", vendor.getAttribute("name"), problems);
        checkFilled("plugin-info/vendor@url", vendor.getAttribute("url"), problems);
      }
    }
    return problems;
  }

  private static void checkFilled(String where, String value, List<String> problems) {
    if (value == null || value.isBlank() || value.contains("${")) {
      problems.add(where + " is \"" + value + "\": Maven did not fill it in");
    }
  }

  // ---------------------------------------------------------------- i18n

  /** The keys of every i18n bundle the descriptor declares. */
  Set<String> bundleKeys() {
    Set<String> keys = new HashSet<>();
    for (String location : descriptor.i18nBundleLocations()) {
      String file =
          (location.contains("/") ? location : location.replace('.', '/')) + ".properties";
      if (resources.exists(file)) {
        keys.addAll(I18nBundle.load(resources.resolve(file)).keys());
      }
    }
    return keys;
  }

  /** The i18n bundles themselves: declared, present, ASCII, no duplicates, MessageFormat-safe. */
  List<String> i18nBundleProblems() {
    List<String> problems = new ArrayList<>();
    if (descriptor.i18nBundleLocations().isEmpty()) {
      problems.add("the descriptor declares no <resource type=\"i18n\">");
    }
    for (String location : descriptor.i18nBundleLocations()) {
      String file =
          (location.contains("/") ? location : location.replace('.', '/')) + ".properties";
      if (resources.exists(file)) {
        problems.addAll(I18nBundle.load(resources.resolve(file)).problems());
      }
    }
    return problems;
  }

  /**
   * Every key the descriptor, the templates and the Java sources use is in the bundle. Descriptor
   * keys must be ours ({@code lodestar.}); template and Java literals that start with {@code
   * lodestar.} are keys unless they start with a {@link #NON_KEY_PREFIXES non-key prefix}; a
   * literal ending with '.' is a prefix completed at run time, and some key must start with it.
   */
  List<String> i18nKeyProblems(List<Path> javaSourceRoots) {
    Set<String> keys = bundleKeys();
    List<String> problems = new ArrayList<>();
    for (I18nKeys.Usage u : I18nKeys.inDescriptor(descriptor)) {
      if (!u.key().startsWith("lodestar.")) {
        problems.add(
            u.where() + " uses key " + u.key() + ": descriptor texts use our keys, lodestar.*");
      } else if (!keys.contains(u.key())) {
        problems.add(u.where() + " uses key " + u.key() + ", which is not in the i18n bundle");
      }
    }
    List<I18nKeys.Usage> code = new ArrayList<>(I18nKeys.inTemplates(resources));
    code.addAll(I18nKeys.inJavaSources(javaSourceRoots));
    for (I18nKeys.Usage u : code) {
      if (NON_KEY_PREFIXES.stream().anyMatch(u.key()::startsWith)) {
        continue;
      }
      if (u.isPrefix()) {
        if (keys.stream().noneMatch(k -> k.startsWith(u.key()))) {
          problems.add(u.where() + " builds keys from " + u.key() + ", but no key starts with it");
        }
      } else if (!keys.contains(u.key())) {
        problems.add(u.where() + " uses key " + u.key() + ", which is not in the i18n bundle");
      }
    }
    return problems;
  }
}
